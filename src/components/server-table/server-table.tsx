import {
  functionalUpdate,
  useTable,
  type CellData,
  type ColumnDef,
  type PaginationState,
  type SortingState,
  type Updater,
} from '@tanstack/react-table';
import { useMemo } from 'react';
import type { Page } from '../../api/schemas';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/server-table';
import { PanelBody, type PanelQuery } from '../panel';
import { serverTableFeatures, type ServerTableFeatures } from './features';
import { Pager } from './pager';
import { isTooBroad, TooBroad, type Narrowing } from './too-broad';
import {
  cleanSearch,
  DEFAULT_PAGE_SIZE,
  paginationFromSearch,
  sortingFromParam,
  sortingToParam,
  type ServerTableSearch,
} from './search';

/** The parts of a TanStack Query result (with `placeholderData: keepPreviousData`) the table reads. */
export interface ServerTableQuery<TRow> extends PanelQuery {
  data: Page<TRow> | undefined;
  isFetching: boolean;
  isPlaceholderData: boolean;
}

export interface ServerTableProps<TRow extends { id: string }> {
  /** What the table lists: its <caption> and the name of its scroll region. */
  caption: string;
  /** Defined at module scope with `serverColumnHelper<TRow>()`; column ids are the API's sort fields. */
  columns: ReadonlyArray<ColumnDef<ServerTableFeatures, TRow, CellData>>;
  query: ServerTableQuery<TRow>;
  /** Page, page size and sort as they stand in the URL. */
  search: ServerTableSearch;
  /** The API's default sort for this list: what an absent `sort` means. */
  defaultSort: string;
  /** What an absent `pageSize` means; the caller sends the same to the API. */
  defaultPageSize?: number;
  onSearchChange: (next: ServerTableSearch) => void;
  /** Offered when the API refuses the list as too broad: pick an area one level down. */
  narrowing?: Narrowing;
  testId?: string;
}

const NO_ROWS: never[] = [];
const ariaSort = { asc: 'ascending', desc: 'descending' } as const;
const arrows = { asc: '▲', desc: '▼' } as const;

/**
 * A table of one page of an API list. The API pages and sorts (manual pagination and sorting);
 * the table holds no state of its own: page, page size and sort come from the URL through props
 * and every change goes back there. While the next page loads the previous one stays on screen,
 * marked as updating.
 */
export function ServerTable<TRow extends { id: string }>(props: ServerTableProps<TRow>) {
  const { columns, query, search, defaultSort, onSearchChange, caption, testId = 'server-table' } = props;
  const defaultPageSize = props.defaultPageSize ?? DEFAULT_PAGE_SIZE;
  const { t, fmt } = useI18n();
  const sortParam = search.sort ?? defaultSort;
  const sorting = useMemo(() => sortingFromParam(sortParam), [sortParam]);
  const pagination = useMemo<PaginationState>(
    () => paginationFromSearch({ page: search.page, pageSize: search.pageSize }, defaultPageSize),
    [search.page, search.pageSize, defaultPageSize],
  );

  const table = useTable({
    features: serverTableFeatures,
    columns,
    data: query.data?.items ?? NO_ROWS,
    getRowId: (row) => row.id,
    manualSorting: true,
    manualPagination: true,
    rowCount: query.data?.total ?? 0,
    enableMultiSort: false,
    // Always some order: the API has a default sort anyway, so a third click would only confuse.
    enableSortingRemoval: false,
    autoResetPageIndex: false,
    state: { sorting, pagination },
    onSortingChange: (updater: Updater<SortingState>) => {
      const next = sortingToParam(functionalUpdate(updater, sorting)) ?? defaultSort;
      // A new order starts from its first page.
      onSearchChange(
        cleanSearch({ page: 1, pageSize: pagination.pageSize, sort: next }, defaultSort, defaultPageSize),
      );
    },
    onPaginationChange: (updater: Updater<PaginationState>) => {
      const next = functionalUpdate(updater, pagination);
      const page = next.pageSize === pagination.pageSize ? next.pageIndex + 1 : 1;
      onSearchChange(
        cleanSearch({ page, pageSize: next.pageSize, sort: sortParam }, defaultSort, defaultPageSize),
      );
    },
  });

  const updating = query.isPlaceholderData || (query.isFetching && !query.isPending);

  return (
    <div className="flex flex-col gap-2" data-testid={testId}>
      {/* Above the rows, where the change was asked for; outside the loading/error switch so the
          announcement region is always in the page. */}
      <p
        role="status"
        aria-live="polite"
        className="min-h-5 text-sm font-semibold"
        data-testid={`${testId}-status`}
      >
        {updating && query.data ? t('serverTable.updating') : ''}
      </p>
      {props.narrowing && query.isError && isTooBroad(query.error) ? (
        <TooBroad narrowing={props.narrowing} testId={testId} />
      ) : (
        <PanelBody queries={[query]}>
          {() => {
            const data = query.data;
            if (!data) return null;
            const pageCount = table.getPageCount();
            const rows = table.getRowModel().rows;
            return (
              <>
                {data.total === 0 ? (
                  <p className="text-muted" data-state="empty">
                    {t('serverTable.empty')}
                  </p>
                ) : rows.length === 0 ? (
                  <div className="flex flex-col items-start gap-2" data-state="past-end">
                    <p className="text-muted">{t('serverTable.pastEnd', { pages: fmt.number(pageCount) })}</p>
                    <button type="button" className="btn" onClick={() => table.lastPage()}>
                      {t('serverTable.toLast')}
                    </button>
                  </div>
                ) : (
                  <div
                    className="relative overflow-x-auto"
                    role="region"
                    aria-label={t('serverTable.scroll', { caption })}
                    // Keyboard users must be able to scroll a table wider than the screen.
                    tabIndex={0}
                  >
                    <table
                      className={`data-table ${updating ? 'opacity-60' : ''}`}
                      aria-busy={updating}
                      data-state={updating ? 'updating' : 'ready'}
                    >
                      <caption className="sr-only">{caption}</caption>
                      <thead>
                        {table.getHeaderGroups().map((group) => (
                          <tr key={group.id}>
                            {group.headers.map((header) => {
                              const column = header.column;
                              const meta = column.columnDef.meta;
                              const label = meta ? t(meta.label) : column.id;
                              const sorted = column.getIsSorted();
                              const canSort = column.getCanSort();
                              return (
                                <th
                                  key={header.id}
                                  scope="col"
                                  className={`whitespace-nowrap ${meta?.numeric ? 'num' : ''}`}
                                  aria-sort={canSort ? (sorted ? ariaSort[sorted] : 'none') : undefined}
                                >
                                  {canSort ? (
                                    <button
                                      type="button"
                                      className="inline-flex cursor-pointer items-center gap-1 font-semibold hover:underline"
                                      onClick={column.getToggleSortingHandler()}
                                      data-testid={`sort-${column.id}`}
                                    >
                                      {label}
                                      <span aria-hidden="true" className={sorted ? '' : 'text-muted'}>
                                        {sorted ? arrows[sorted] : '↕'}
                                      </span>
                                    </button>
                                  ) : (
                                    label
                                  )}
                                </th>
                              );
                            })}
                          </tr>
                        ))}
                      </thead>
                      <tbody>
                        {rows.map((row) => (
                          <tr key={row.id} data-row-id={row.id}>
                            {row.getAllCells().map((cell) => {
                              const meta = cell.column.columnDef.meta;
                              const content = <table.FlexRender cell={cell} />;
                              return meta?.rowHeader ? (
                                <th key={cell.id} scope="row" className="min-w-48 font-medium">
                                  {content}
                                </th>
                              ) : (
                                <td key={cell.id} className={meta?.numeric ? 'num' : undefined}>
                                  {content}
                                </td>
                              );
                            })}
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                )}
                {data.total > 0 && (
                  <Pager
                    page={data.page}
                    pageSize={data.pageSize}
                    shown={data.items.length}
                    total={data.total}
                    pageCount={pageCount}
                    selectedPageSize={pagination.pageSize}
                    canPrevious={table.getCanPreviousPage()}
                    canNext={table.getCanNextPage()}
                    onFirst={() => table.firstPage()}
                    onPrevious={() => table.previousPage()}
                    onNext={() => table.nextPage()}
                    onLast={() => table.lastPage()}
                    onPageSize={(size) => table.setPageSize(size)}
                    testId={`${testId}-pager`}
                  />
                )}
              </>
            );
          }}
        </PanelBody>
      )}
    </div>
  );
}
