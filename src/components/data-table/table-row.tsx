import { FlexRender, type Row, type RowData } from '@tanstack/react-table';
import { memo, type Ref } from 'react';
import type { DataTableFeatures } from './features';

interface TableRowProps<TRow extends RowData> {
  row: Row<DataTableFeatures, TRow>;
  /** The visible column ids joined: a new value re-renders the row when columns are shown or hidden. */
  visibleKey: string;
  part: 'body' | 'totals';
  /**
   * `screen`: the interactive table (the name column sticks while the figures scroll sideways);
   * `fixed`: a slide or a printed page, whose stylesheets size the cells.
   */
  density?: 'screen' | 'fixed';
  /** Extra attributes of the <tr> (e.g. the area and rank the deck's tests read). Module scope: rows are memoized. */
  rowAttributes?: (row: Row<DataTableFeatures, TRow>) => Record<string, string | number>;
  /** Where only a window of the rows is rendered: the row's place among all rows (aria-rowindex, 1 = header). */
  rowIndex?: number;
  /** With rowIndex: the index the virtualizer measures the row under, and its measuring ref. */
  virtualIndex?: number;
  measureRef?: Ref<HTMLTableRowElement>;
}

const rowClass = {
  screen: { body: 'hover:bg-[var(--bg)]', totals: 'border-t-2 border-[var(--text)] font-semibold' },
  fixed: { body: undefined, totals: 'font-semibold' },
} as const;

function TableRowImpl<TRow extends RowData>({
  row,
  part,
  density = 'screen',
  rowAttributes,
  rowIndex,
  virtualIndex,
  measureRef,
}: TableRowProps<TRow>) {
  const screen = density === 'screen';
  return (
    <tr
      data-row-id={part === 'totals' ? 'totals' : row.id}
      {...(part === 'body' && rowAttributes ? rowAttributes(row) : {})}
      className={rowClass[density][part]}
      aria-rowindex={rowIndex}
      data-index={virtualIndex}
      ref={measureRef}
    >
      {row.getVisibleCells().map((cell) => {
        const meta = cell.column.columnDef.meta;
        const Tag = meta?.rowHeader ? 'th' : 'td';
        // Figures never break; words (a verdict, a parent's name) may, so that the table fits.
        const className = screen
          ? `${meta?.numeric ? 'num whitespace-nowrap' : ''} ${meta?.rowHeader ? 'sticky-col' : ''} ${meta?.rowHeader && part === 'body' ? 'font-medium' : ''}`
          : meta?.numeric
            ? 'num'
            : undefined;
        return (
          <Tag
            key={cell.id}
            scope={meta?.rowHeader ? 'row' : undefined}
            className={className}
            data-column={cell.column.id}
          >
            <FlexRender cell={cell} />
          </Tag>
        );
      })}
    </tr>
  );
}

/**
 * One table row of every client-side table: the Wards view's, the deck's and the report's.
 * Memoized: sorting and filtering reorder the same row objects, so rows that did not change are
 * not rendered again (a 170-row ranking re-sorts without re-rendering 3,000 cells).
 */
export const TableRow = memo(TableRowImpl) as typeof TableRowImpl;
