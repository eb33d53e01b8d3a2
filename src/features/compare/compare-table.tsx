import { useMemo, type ReactNode } from 'react';
import { exportColumnsOf, type CsvField } from '../../components/data-table/csv-export';
import { TableExportMenu } from '../../components/export/table-export-menu';
import { ChangeCell } from '../../components/change-cell';
import { CoverageDetail } from '../../components/coverage-detail';
import { CountCell, RatioCell, UsualRangeCell } from '../../components/ranking-table/ranking-cells';
import { TargetVerdict } from '../../components/target-verdict';
import { areaFigureFields, type AreaFigureColumn } from '../../components/ranking-table/ranking-export';
import type { AreaFigures } from '../../figures/ranking';
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/locales';
import { csvFileName } from '../../lib/csv';
import type { Period } from '../../figures/months';
import '../../i18n/messages/views/compare';
import '../../i18n/messages/views/wards';
import { Name } from '../../components/name';

type Measure = { id: AreaFigureColumn; label: MessageKey; cell: (f: AreaFigures) => ReactNode };

// The ranking's definitions, one measure per row so the areas stand side by side.
const measures: readonly Measure[] = [
  { id: 'population', label: 'wards.col.population', cell: (f) => <CountCell value={f.population} /> },
  { id: 'incidents', label: 'wards.col.incidents', cell: (f) => <CountCell value={f.incidents.current} /> },
  { id: 'prior', label: 'wards.col.prior', cell: (f) => <CountCell value={f.incidents.prior} /> },
  { id: 'change', label: 'wards.col.change', cell: (f) => <ChangeCell change={f.incidents} better="down" /> },
  {
    id: 'incidentTarget',
    label: 'wards.col.incidentTarget',
    cell: (f) => <TargetVerdict met={f.incidentTargetMet} size="cell" />,
  },
  { id: 'rate', label: 'wards.col.rate', cell: (f) => <CountCell value={f.incidentRate} digits={1} /> },
  {
    id: 'mediation',
    label: 'wards.col.mediation',
    cell: (f) => <RatioCell ratio={f.mediationRate} met={f.mediationTargetMet} />,
  },
  {
    id: 'patrols',
    label: 'wards.col.patrols',
    cell: (f) => <CountCell value={f.patrolsPerMonth} digits={1} />,
  },
  { id: 'groups', label: 'wards.col.groups', cell: (f) => <CountCell value={f.activeGroups} /> },
  { id: 'members', label: 'wards.col.members', cell: (f) => <CountCell value={f.members} /> },
  {
    id: 'coverage',
    label: 'wards.col.coverage',
    cell: (f) => <CoverageDetail coverage={f.coverage} size="cell" />,
  },
  { id: 'cameras', label: 'wards.col.cameras', cell: (f) => <CountCell value={f.cameras} /> },
  {
    id: 'usual',
    label: 'wards.col.usual',
    cell: (f) => <UsualRangeCell flag={f.usualRangeFlag} hasRange={f.usualRange !== null} />,
  },
];

// The files are turned the other way round from the screen: one row per area, one column per
// figure, with the same columns as the ranking's export. In a spreadsheet a column then holds one
// kind of value with one number format (a percent column, a count column), so it can be sorted,
// filtered, charted or pasted under the ranking's rows; a row per measure would mix percentages
// and counts in each column.
const exportFields: readonly CsvField<AreaFigures>[] = [
  { label: 'wards.col.name', value: (f) => f.name },
  { label: 'wards.col.parent', value: (f) => f.parentName },
  ...measures.flatMap((m) => areaFigureFields[m.id]),
];

/** The picked areas' figures side by side: one column per area, one row per measure. */
export function CompareTable({
  figures,
  caption,
  period,
}: {
  figures: readonly AreaFigures[];
  caption: string;
  period: Period;
}) {
  const { t } = useI18n();
  const exportColumns = useMemo(() => exportColumnsOf(exportFields, t), [t]);
  return (
    <div className="flex flex-col gap-2">
      <div className="flex justify-end">
        <TableExportMenu
          name={caption}
          fileName={csvFileName([t('compare.file'), `${period.from}..${period.to}`]).replace(/\.csv$/, '')}
          columns={exportColumns}
          rows={figures}
        />
      </div>
      <CompareGrid figures={figures} caption={caption} />
    </div>
  );
}

function CompareGrid({ figures, caption }: { figures: readonly AreaFigures[]; caption: string }) {
  const { t } = useI18n();
  return (
    <div className="relative overflow-x-auto" tabIndex={0} role="region" aria-label={caption}>
      <table className="data-table" data-testid="compare-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('compare.measure')}</th>
            {figures.map((f) => (
              <th key={f.id} scope="col" className="num" data-area={f.id}>
                <Name name={f.name} clamp />
                {f.parentName && (
                  <span className="block text-xs font-normal text-muted">
                    <Name name={f.parentName} clamp />
                  </span>
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {measures.map((m) => (
            <tr key={m.id} data-measure={m.id}>
              <th scope="row" className="min-w-32 font-medium">
                {t(m.label)}
              </th>
              {figures.map((f) => (
                <td key={f.id} className="num" data-area={f.id}>
                  {m.cell(f)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
