import {
  functionalUpdate,
  useTable,
  type CellData,
  type ColumnDef,
  type ColumnVisibilityState,
  type RowData,
  type SortingState,
  type Updater,
} from '@tanstack/react-table';
import { useDeferredValue, useMemo, useRef, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/tables';
import { TableExportMenu } from '../export/table-export-menu';
import { ColumnMenu } from './column-menu';
import { TableRow } from './table-row';
import { VIRTUAL_FROM, VirtualRows } from './virtual-rows';
import { tableExportColumns, type CsvFields } from './csv-export';
import {
  dataTableFeatures,
  formatHidden,
  formatSort,
  parseHidden,
  parseSort,
  type DataTableFeatures,
} from './features';

export interface DataTableProps<TRow extends RowData> {
  /** What the table lists; the <caption>. */
  caption: string;
  /** Defined at module scope with `dataColumnHelper<TRow>()`; every column needs an id. */
  columns: ReadonlyArray<ColumnDef<DataTableFeatures, TRow, CellData>>;
  data: TRow[];
  /** A row of totals rendered with the same cells in <tfoot> (cells see `meta.part === 'totals'`). */
  totals?: TRow | null;
  getRowId: (row: TRow) => string;
  /** Table state as it stands in the URL; the page writes the changes back to its search params. */
  sort: string | undefined;
  onSortChange: (sort: string | undefined) => void;
  filter: string | undefined;
  onFilterChange: (filter: string | undefined) => void;
  hidden: string | undefined;
  onHiddenChange: (hidden: string | undefined) => void;
  /** Download file name without extension, and per-column export field overrides (CSV and XLSX). */
  exportFileName: string;
  exportFields?: CsvFields<TRow>;
  testId?: string;
}

const NO_ROWS: never[] = [];
const ariaSort = { asc: 'ascending', desc: 'descending' } as const;

/**
 * A client-side table: sort on every column, a diacritic-insensitive name filter, a column
 * visibility menu, a totals row and CSV / XLSX export. It owns no state: sort, filter and hidden columns
 * come from the URL through props.
 */
export function DataTable<TRow extends RowData>(props: DataTableProps<TRow>) {
  const { columns, data, totals, getRowId, testId = 'data-table' } = props;
  const { t, fmt } = useI18n();
  const columnIds = useMemo(() => columns.map((c) => c.id ?? ''), [columns]);
  const filterable = useMemo(
    () => new Set(columns.filter((c) => c.meta?.filterable).map((c) => c.id ?? '')),
    [columns],
  );
  // Deferred: the click or keystroke paints at once and the rows follow in an interruptible render.
  // (Not the hidden columns: their checkboxes must follow the click at once.)
  const sortParam = useDeferredValue(props.sort);
  const sorting = useMemo(() => parseSort(sortParam, columnIds), [sortParam, columnIds]);
  const hiddenIds = useMemo(() => parseHidden(props.hidden, columnIds), [props.hidden, columnIds]);
  const columnVisibility = useMemo<ColumnVisibilityState>(
    () => Object.fromEntries(hiddenIds.map((id) => [id, false])),
    [hiddenIds],
  );
  const globalFilter = useDeferredValue(props.filter ?? '');

  const table = useTable({
    features: dataTableFeatures,
    columns,
    data,
    getRowId,
    meta: { part: 'body' },
    defaultColumn: { sortUndefined: 'last' },
    enableMultiSort: false,
    globalFilterFn: 'folded',
    getColumnCanGlobalFilter: (column) => filterable.has(column.id),
    state: { sorting, columnVisibility, globalFilter },
    onSortingChange: (updater: Updater<SortingState>) =>
      props.onSortChange(formatSort(functionalUpdate(updater, sorting))),
    onColumnVisibilityChange: (updater: Updater<ColumnVisibilityState>) => {
      const next = functionalUpdate(updater, columnVisibility);
      props.onHiddenChange(formatHidden(columnIds.filter((id) => next[id] === false)));
    },
    onGlobalFilterChange: (updater: Updater<string>) => {
      const next = String(functionalUpdate(updater, globalFilter) ?? '');
      props.onFilterChange(next === '' ? undefined : next);
    },
  });
  const totalsData = useMemo(() => (totals ? [totals] : NO_ROWS), [totals]);
  const totalsTable = useTable({
    features: dataTableFeatures,
    columns,
    data: totalsData,
    getRowId: () => 'totals',
    meta: { part: 'totals' },
    state: { columnVisibility },
  });

  // Typing stays local until the URL catches up, so the caret never jumps.
  const [text, setText] = useState(globalFilter);
  const [seenFilter, setSeenFilter] = useState(globalFilter);
  if (seenFilter !== globalFilter) {
    setSeenFilter(globalFilter);
    if (text !== globalFilter) setText(globalFilter);
  }

  const rows = table.getRowModel().rows;
  // Decided on the data, not the filtered rows, so the box keeps its shape while a filter is typed.
  const virtual = data.length > VIRTUAL_FROM;
  const scrollRef = useRef<HTMLDivElement>(null);
  const leafColumns = table.getAllLeafColumns();
  const visibleCount = table.getVisibleLeafColumns().length;
  const visibleKey = table
    .getVisibleLeafColumns()
    .map((c) => c.id)
    .join(',');

  // What the table shows goes into the files: visible columns, filtered and sorted rows, totals last.
  // Cheap (a closure per column), so built each render rather than memoized on the table object.
  const exportColumns = tableExportColumns({
    columns: table.getVisibleLeafColumns(),
    fields: props.exportFields,
    t,
  });
  const exportRows = useMemo(
    () => [...rows.map((r) => r.original), ...(totals ? [totals] : [])],
    [rows, totals],
  );

  return (
    <div className="flex flex-col gap-2 sm:gap-3" data-testid={testId}>
      <div className="flex flex-wrap items-end gap-2 sm:gap-3">
        {/* On a phone the count stands beside the filter: one row less before the first figure. */}
        <div className="field min-w-0 flex-1 sm:min-w-56 sm:flex-none">
          <label htmlFor={`${testId}-filter`}>{t('tables.filter')}</label>
          <input
            id={`${testId}-filter`}
            type="search"
            value={text}
            placeholder={t('tables.filterPlaceholder')}
            autoComplete="off"
            onChange={(e) => {
              setText(e.target.value);
              table.setGlobalFilter(e.target.value);
            }}
          />
        </div>
        <p className="text-sm text-muted" aria-live="polite" data-testid="row-count">
          {t('tables.showing', { shown: fmt.number(rows.length), total: fmt.number(data.length) })}
        </p>
        <div className="ml-auto flex flex-wrap gap-2">
          <ColumnMenu
            columns={leafColumns
              .filter((c) => c.columnDef.meta?.alwaysVisible !== true)
              .map((c) => ({
                id: c.id,
                label: c.columnDef.meta?.label ?? 'tables.columns',
                visible: c.getIsVisible(),
              }))}
            onToggle={(id, visible) => table.getColumn(id)?.toggleVisibility(visible)}
          />
          <TableExportMenu
            name={props.caption}
            fileName={props.exportFileName}
            columns={exportColumns}
            rows={exportRows}
          />
        </div>
      </div>
      {/*
        The one scroll box of the table, sideways only: the page scrolls it up and down as a whole,
        so its header and totals row are never hidden inside a second, vertical box. The table is
        as wide as its box and shrinks its columns (headers and words wrap) before it overflows;
        the name column then stays in view while the figures scroll under it. A long table (every
        ward of the country) scrolls up and down in its box too, rendering only the rows in view,
        with its header and totals row stuck to the box's edges.
      */}
      <div
        ref={scrollRef}
        className={`relative overflow-x-auto rounded border border-[var(--border)] ${virtual ? 'data-table-long max-h-[75dvh] overflow-y-auto' : ''}`}
        tabIndex={0}
        role="region"
        aria-label={props.caption}
      >
        <table
          className="data-table data-table-fit"
          // Only a window of the rows is in the DOM: the count of all of them, header and totals included.
          aria-rowcount={virtual ? rows.length + 1 + (totals ? 1 : 0) : undefined}
        >
          <caption className="sr-only">{props.caption}</caption>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id} aria-rowindex={virtual ? 1 : undefined}>
                {group.headers.map((header) => {
                  const meta = header.column.columnDef.meta;
                  const sorted = header.column.getIsSorted();
                  const label = meta ? t(meta.label) : header.id;
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      aria-sort={sorted ? ariaSort[sorted] : undefined}
                      className={`bg-[var(--surface)] align-bottom shadow-[inset_0_-1px_0_var(--border)] ${meta?.numeric ? 'num' : ''} ${meta?.rowHeader ? 'sticky-col' : ''}`}
                    >
                      {header.column.getCanSort() ? (
                        <button
                          type="button"
                          className={`inline-flex max-w-28 items-end gap-1 font-semibold ${meta?.numeric ? 'text-right' : 'text-left'}`}
                          onClick={header.column.getToggleSortingHandler()}
                          title={meta?.description ? t(meta.description) : undefined}
                          data-column={header.id}
                        >
                          <span>{label}</span>
                          <span aria-hidden="true" className={sorted ? '' : 'opacity-40'}>
                            {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                          </span>
                        </button>
                      ) : (
                        <span>{label}</span>
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          {virtual && rows.length > 0 ? (
            <VirtualRows
              rows={rows}
              visibleKey={visibleKey}
              colSpan={visibleCount}
              scrollRef={scrollRef}
              resetKey={`${sortParam ?? ''}|${globalFilter}`}
            />
          ) : (
            <tbody>
              {rows.length === 0 && (
                <tr>
                  <td colSpan={visibleCount} className="text-muted">
                    {t('tables.noMatch')}
                  </td>
                </tr>
              )}
              {rows.map((row) => (
                <TableRow key={row.id} row={row} visibleKey={visibleKey} part="body" />
              ))}
            </tbody>
          )}
          {totals && (
            <tfoot>
              {totalsTable.getRowModel().rows.map((row) => (
                <TableRow
                  key={row.id}
                  row={row}
                  visibleKey={visibleKey}
                  part="totals"
                  {...(virtual ? { rowIndex: rows.length + 2 } : {})}
                />
              ))}
            </tfoot>
          )}
        </table>
      </div>
    </div>
  );
}
