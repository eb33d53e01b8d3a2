import { useMemo } from 'react';
import { ChangeRowCells, ChangeTableHead } from '../../components/change-table';
import type { IncidentCategory } from '../../api/schemas';
import { incidentCategoryColors } from '../../components/colors';
import { TableExportMenu } from '../../components/export/table-export-menu';
import type { Change } from '../../figures/figures';
import type { CategoryChange } from '../../figures/incidents';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/incidents';
import type { ExportColumn } from '../../lib/table-export';
import { ChangeCell } from '../../components/change-cell';
import { changeColumns } from './change-columns';

type ExportRow = { label: string; change: Change };

/** Incidents per category this period and a year earlier, with the change; the total last. */
export function CategoryChangesTable({
  categories,
  total,
  focus,
  fileName,
}: {
  categories: readonly CategoryChange[];
  total: Change;
  focus: IncidentCategory | undefined;
  /** Download file name without extension. */
  fileName: string;
}) {
  const { t } = useI18n();
  const exportRows = useMemo<ExportRow[]>(
    () => [
      ...categories.map(({ category, change }) => ({ label: t(`incidents.category.${category}`), change })),
      { label: t('incidents.changes.total'), change: total },
    ],
    [categories, total, t],
  );
  const exportColumns = useMemo<ExportColumn<ExportRow>[]>(
    () => [
      { header: t('incidents.changes.category'), value: (r) => r.label },
      { header: t('incidents.changes.current'), value: (r) => r.change.current },
      { header: t('incidents.changes.prior'), value: (r) => r.change.prior },
      // The fraction (−0.12), shown as a percentage in XLSX; empty from a zero prior.
      { header: t('incidents.changes.change'), value: (r) => r.change.ratio, format: 'percent' },
    ],
    [t],
  );
  return (
    <div className="flex flex-col gap-2">
      <div className="flex justify-end">
        <TableExportMenu
          name={t('incidents.changes.caption')}
          fileName={fileName}
          columns={exportColumns}
          rows={exportRows}
        />
      </div>
      <div className="relative overflow-x-auto">
        <table className="data-table" data-testid="category-changes">
          <caption className="sr-only">{t('incidents.changes.caption')}</caption>
          <ChangeTableHead rowHeader={t('incidents.changes.category')} keys={changeColumns} />
          <tbody>
            {categories.map(({ category, change }) => (
              <tr
                key={category}
                data-category={category}
                aria-current={focus === category ? 'true' : undefined}
                className={focus === category ? 'font-bold' : undefined}
              >
                <th scope="row" className="font-normal">
                  <span className="inline-flex items-center gap-2">
                    <span
                      aria-hidden="true"
                      className="inline-block size-3 shrink-0 rounded-sm"
                      style={{ background: incidentCategoryColors[category] }}
                    />
                    {t(`incidents.category.${category}`)}
                  </span>
                </th>
                <ChangeRowCells change={change}>
                  <ChangeCell change={change} better="down" />
                </ChangeRowCells>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr data-category="total" className="font-semibold">
              <th scope="row">{t('incidents.changes.total')}</th>
              <ChangeRowCells change={total}>
                <ChangeCell change={total} better="down" />
              </ChangeRowCells>
            </tr>
          </tfoot>
        </table>
      </div>
    </div>
  );
}
