import { FlexRender, type Row, type RowData } from '@tanstack/react-table';
import { memo } from 'react';
import type { DataTableFeatures } from './features';

interface TableRowProps<TRow extends RowData> {
  row: Row<DataTableFeatures, TRow>;
  /** The visible column ids joined: a new value re-renders the row when columns are shown or hidden. */
  visibleKey: string;
  part: 'body' | 'totals';
}

function TableRowImpl<TRow extends RowData>({ row, part }: TableRowProps<TRow>) {
  return (
    <tr
      data-row-id={part === 'totals' ? 'totals' : row.id}
      className={part === 'totals' ? 'border-t-2 border-[var(--text)] font-semibold' : 'hover:bg-[var(--bg)]'}
    >
      {row.getVisibleCells().map((cell) => {
        const meta = cell.column.columnDef.meta;
        const Tag = meta?.rowHeader ? 'th' : 'td';
        return (
          <Tag
            key={cell.id}
            scope={meta?.rowHeader ? 'row' : undefined}
            // Figures never break; words (a verdict, a parent's name) may, so that the table fits.
            className={`${meta?.numeric ? 'num whitespace-nowrap' : ''} ${meta?.rowHeader ? 'sticky-col' : ''} ${meta?.rowHeader && part === 'body' ? 'font-medium' : ''}`}
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
 * One table row. Memoized: sorting and filtering reorder the same row objects, so rows that did
 * not change are not rendered again (a 170-row ranking re-sorts without re-rendering 3,000 cells).
 */
export const TableRow = memo(TableRowImpl) as typeof TableRowImpl;
