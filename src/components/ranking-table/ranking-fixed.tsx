// The ranking where it cannot be sorted or filtered: on a slide and in the printed report. The same
// columns and cells as the Wards table (ranking-columns.tsx), so a ward's figures read the same in
// the view, the deck and the report; a density only picks the columns that fit and the styling.
import { useTable, type Row } from '@tanstack/react-table';
import { useMemo } from 'react';
import type { AreaFigures, RankingRow } from '../../figures/ranking';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/wards';
import { dataTableFeatures, type DataTableFeatures } from '../data-table/features';
import { TableRow } from '../data-table/table-row';
import { RankingDensityContext } from './ranking-cells';
import { rankingColumns } from './ranking-columns';

/** The columns a slide (read from the back of a hall) and a page (portrait A4) have room for. */
const densityColumns = {
  slide: ['rank', 'name', 'incidents', 'change', 'rate', 'mediation'],
  print: ['rank', 'name', 'incidents', 'change', 'rate', 'mediation', 'patrols', 'groups', 'coverage'],
} as const;

// The deck's and the report's stylesheets size these classes for the hall and the page.
const styles = {
  slide: { wrap: undefined, table: 'slide-table ranking-table' },
  print: {
    wrap: 'report-ranking-wrap relative overflow-x-auto',
    table: 'data-table report-table report-ranking',
  },
} as const;

const rowId = (r: RankingRow) => r.id;
const NO_ROWS: never[] = [];

/** A ranking longer than `maxRows` shows its top and bottom halves, with how many are left out. */
function shownRows(rows: readonly RankingRow[], maxRows: number | undefined) {
  if (maxRows === undefined || rows.length <= maxRows) return { shown: [...rows], half: rows.length };
  const half = Math.floor(maxRows / 2);
  return { shown: [...rows.slice(0, half), ...rows.slice(-half)], half };
}

export function FixedRankingTable({
  density,
  caption,
  rows,
  totals,
  maxRows,
  testId,
}: {
  density: 'slide' | 'print';
  caption: string;
  rows: readonly RankingRow[];
  totals?: AreaFigures | null;
  maxRows?: number;
  testId: string;
}) {
  const { t } = useI18n();
  const columns = useMemo(
    () => rankingColumns.filter((c) => (densityColumns[density] as readonly string[]).includes(c.id ?? '')),
    [density],
  );
  const { shown, half } = useMemo(() => shownRows(rows, maxRows), [rows, maxRows]);
  const table = useTable({
    features: dataTableFeatures,
    columns,
    data: shown,
    getRowId: rowId,
    meta: { part: 'body' },
  });
  const totalsData = useMemo<RankingRow[]>(
    () => (totals ? [{ ...totals, rank: null, priorRank: null, rankChange: null }] : NO_ROWS),
    [totals],
  );
  const totalsTable = useTable({
    features: dataTableFeatures,
    columns,
    data: totalsData,
    getRowId: () => 'totals',
    meta: { part: 'totals' },
  });
  const body = table.getRowModel().rows;
  const hidden = rows.length - shown.length;
  const style = styles[density];
  const visibleKey = columns.map((c) => c.id).join(',');
  return (
    <RankingDensityContext.Provider value={density}>
      <div
        className={style.wrap}
        data-figure="ranking"
        data-density={density}
        // Nine columns overflow a phone: the printed table scrolls sideways there (by keyboard too).
        {...(density === 'print' ? { role: 'region', 'aria-label': caption, tabIndex: 0 } : {})}
      >
        <table className={style.table} data-testid={testId}>
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr>
              {table.getFlatHeaders().map((header) => {
                const meta = header.column.columnDef.meta;
                return (
                  <th key={header.id} scope="col" className={meta?.numeric ? 'num' : undefined}>
                    {meta ? t(meta.label) : header.id}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {body.slice(0, half).map((row) => (
              <FixedRow key={row.id} row={row} visibleKey={visibleKey} />
            ))}
            {hidden > 0 && (
              <tr data-testid={`${testId}-gap`}>
                <td colSpan={columns.length} className="gap-row">
                  {t('wards.rowsHidden', { count: hidden })}
                </td>
              </tr>
            )}
            {body.slice(half).map((row) => (
              <FixedRow key={row.id} row={row} visibleKey={visibleKey} />
            ))}
          </tbody>
          {totals && (
            <tfoot>
              {totalsTable.getRowModel().rows.map((row) => (
                <TableRow key={row.id} row={row} visibleKey={visibleKey} part="totals" density="fixed" />
              ))}
            </tfoot>
          )}
        </table>
      </div>
    </RankingDensityContext.Provider>
  );
}

// The area and its rank, for whoever checks the order (the deck's and the report's tests).
const rankAttributes = (row: Row<DataTableFeatures, RankingRow>) => ({
  'data-area': row.id,
  'data-rank': row.original.rank ?? '',
});

function FixedRow({ row, visibleKey }: { row: Row<DataTableFeatures, RankingRow>; visibleKey: string }) {
  return (
    <TableRow row={row} visibleKey={visibleKey} part="body" density="fixed" rowAttributes={rankAttributes} />
  );
}
