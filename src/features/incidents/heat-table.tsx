import { useId, useMemo } from 'react';
import { seriesColors } from '../../components/colors';
import { TableExportMenu } from '../../components/export/table-export-menu';
import type { HeatCell, HeatRow, HeatTable as HeatTableData } from '../../figures/incidents';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/charts';
import '../../i18n/messages/views/incidents';
import type { ExportColumn } from '../../lib/table-export';
import { Name } from '../../components/name';

/** The strongest shading, as a share of the series colour: the number on top stays legible in both themes. */
const MAX_SHADE = 55;

const flagSymbol = { high: '▲', low: '▼' } as const;

/**
 * Child area × month counts. Shading shows where incidents concentrate, and every cell also shows
 * its number, so colour is never the only signal; months outside the usual range get a symbol
 * and a spoken explanation. The first column stays put while the months scroll sideways.
 */
export function HeatTable({ data, fileName }: { data: HeatTableData; fileName: string }) {
  const { t, fmt } = useI18n();
  const captionId = useId();
  const range = data.months.length
    ? fmt.monthRange(data.months[0] ?? '', data.months[data.months.length - 1] ?? '')
    : '';
  // Months as "YYYY-MM" headers: the same in every language and in order when sorted.
  const exportColumns = useMemo<ExportColumn<HeatRow>[]>(
    () => [
      { header: t('incidents.heat.area'), value: (r) => r.area.name },
      ...data.months.map((m, i) => ({ header: m, value: (r: HeatRow) => r.cells[i]?.count ?? null })),
      { header: t('incidents.heat.total'), value: (r) => r.total },
    ],
    [data.months, t],
  );
  const sticky = 'sticky left-0 z-[1] bg-[var(--surface)]';

  const cellNote = (cell: HeatCell) => {
    if (!cell.flag || !cell.range) return null;
    const what = t(cell.flag === 'high' ? 'charts.aboveUsual' : 'charts.belowUsual');
    const usual = t('incidents.heat.range', {
      low: fmt.decimal(cell.range.low),
      high: fmt.decimal(cell.range.high),
    });
    return `${what} (${usual})`;
  };

  return (
    <div className="flex flex-col gap-2">
      <div className="flex justify-end">
        <TableExportMenu
          name={t('incidents.heat.title')}
          fileName={fileName}
          columns={exportColumns}
          rows={data.rows}
        />
      </div>
      {/* Scrolls sideways on phones; focusable so keyboard users can scroll it too. Relative, so the
          sr-only texts in the cells (absolutely positioned) scroll with it instead of widening the page. */}
      <div className="relative overflow-x-auto" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="data-table heat-table" data-testid="heat-table">
          <caption id={captionId} className="sr-only">
            {t('incidents.heat.caption', { range })}
          </caption>
          <thead>
            <tr>
              <th scope="col" className={sticky}>
                {t('incidents.heat.area')}
              </th>
              {data.months.map((m) => (
                <th key={m} scope="col" className="num whitespace-nowrap" data-month={m}>
                  <span aria-hidden="true">{fmt.monthShort(m)}</span>
                  <span className="sr-only">{fmt.month(m)}</span>
                </th>
              ))}
              <th scope="col" className="num">
                {t('incidents.heat.total')}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.rows.map((row) => (
              <tr key={row.area.id} data-area={row.area.id}>
                <th scope="row" className={`${sticky} font-normal whitespace-nowrap`}>
                  <Name name={row.area.name} clamp />
                </th>
                {row.cells.map((cell) => {
                  const note = cellNote(cell);
                  return (
                    <td
                      key={cell.month}
                      className="num whitespace-nowrap"
                      data-month={cell.month}
                      data-flag={cell.flag ?? undefined}
                      title={note ?? undefined}
                      style={{
                        background: `color-mix(in srgb, ${seriesColors.current} ${Math.round(
                          cell.intensity * MAX_SHADE,
                        )}%, transparent)`,
                      }}
                    >
                      <span data-testid="heat-count">{fmt.number(cell.count)}</span>
                      {cell.flag && (
                        <>
                          <span aria-hidden="true" className="ml-1 font-bold">
                            {flagSymbol[cell.flag]}
                          </span>
                          <span className="sr-only">{note}</span>
                        </>
                      )}
                    </td>
                  );
                })}
                <td className="num font-semibold">{fmt.number(row.total)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="text-sm text-muted">
        {t('incidents.heat.legend')} {t('charts.usualRangeExplained')}
      </p>
    </div>
  );
}
