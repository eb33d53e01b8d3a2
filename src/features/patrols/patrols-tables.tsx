// The patrol charts' data as tables, and patrol activity per sub-area.
import { Link } from '@tanstack/react-router';
import { ChangeIndicator } from '../../components/change-indicator';
import { MonthTable } from '../../components/month-table';
import { ScrollTable } from '../../components/scroll-table';
import type { AreaPatrolRow, MonthlyPatrols } from '../../figures/activity';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/patrols';
import { Name } from '../../components/name';

/** Months of the period beside a year earlier: patrol counts, or hours (`kind`). */
export function MonthlyTable({
  data,
  kind,
  caption,
}: {
  data: readonly MonthlyPatrols[];
  kind: 'patrols' | 'hours';
  caption: string;
}) {
  const { fmt } = useI18n();
  return (
    <MonthTable
      rows={data}
      caption={caption}
      testId={`monthly-${kind}-table`}
      figureHeadClassName="num min-w-24"
      current={(row) => (kind === 'patrols' ? fmt.number(row.patrols) : fmt.decimal(row.hours))}
      prior={(row) => (kind === 'patrols' ? fmt.number(row.priorPatrols) : fmt.decimal(row.priorHours))}
    />
  );
}

export function AreaPatrolsTable({ rows, caption }: { rows: readonly AreaPatrolRow[]; caption: string }) {
  const { t, fmt } = useI18n();
  const decimal = (n: number | null) => (n === null ? '—' : fmt.number(n, 2));
  return (
    <ScrollTable caption={caption} testId="area-patrols-table">
      <thead>
        <tr>
          <th scope="col">{t('patrols.col.area')}</th>
          <th scope="col" className="num min-w-24">
            {t('patrols.col.patrols')}
          </th>
          <th scope="col">{t('patrols.col.change')}</th>
          <th scope="col" className="num min-w-24">
            {t('patrols.col.hours')}
          </th>
          <th scope="col" className="num min-w-24">
            {t('patrols.col.findingsPerPatrol')}
          </th>
          <th scope="col" className="num min-w-24">
            {t('patrols.col.activeGroups')}
          </th>
          <th scope="col" className="num min-w-24">
            {t('patrols.col.perGroup')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.area.id} data-area-id={row.area.id}>
            <th scope="row" className="min-w-36 font-medium">
              <Link
                to="/patrols"
                search={(prev) => ({
                  ...prev,
                  area: row.area.id,
                  in: undefined,
                  group: undefined,
                  page: undefined,
                })}
                className="underline decoration-dotted underline-offset-2"
              >
                <Name name={row.area.name} clamp />
              </Link>
            </th>
            <td className="num">{fmt.number(row.patrols.current)}</td>
            <td className="min-w-40">
              <ChangeIndicator change={row.patrols} better="up" />
            </td>
            <td className="num">{fmt.decimal(row.hours.current)}</td>
            <td className="num">{decimal(row.findingsPerPatrol.current)}</td>
            <td className="num">{row.patrollingGroups === null ? '—' : fmt.number(row.patrollingGroups)}</td>
            <td className="num">{row.patrolsPerGroup === null ? '—' : fmt.decimal(row.patrolsPerGroup)}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
