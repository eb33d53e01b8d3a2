// The feature set of every client-side table (TanStack Table 9 registers features explicitly),
// the column helper typed against it, and the translation between table state and the plain
// strings that stand in the URL.
import {
  columnFilteringFeature,
  columnVisibilityFeature,
  constructFilterFn,
  constructSortFn,
  createColumnHelper,
  createFilteredRowModel,
  createSortedRowModel,
  globalFilteringFeature,
  metaHelper,
  rowSortingFeature,
  tableFeatures,
  type RowData,
  type SortingState,
} from '@tanstack/react-table';
import type { MessageKey } from '../../i18n/locales';
import { foldText } from '../../lib/text';

export type DataColumnMeta = {
  /** The column's name: header, visibility menu and CSV header. */
  label: MessageKey;
  /** A longer explanation read out with the header (e.g. how a rate is computed). */
  description?: MessageKey;
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
  /** The cell is the row's header (<th scope="row">), e.g. the area name. */
  rowHeader?: boolean;
  /** The name filter searches this column. */
  filterable?: boolean;
  /** Not offered in the visibility menu (e.g. the name). */
  alwaysVisible?: boolean;
  /** Left out of the CSV (e.g. a checkbox column). */
  noCsv?: boolean;
};

/** Which part of the table a cell is rendered in: the totals row renders some cells differently. */
export type DataTableMeta = { part: 'body' | 'totals' };

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Numbers numerically; missing values are `undefined` and placed last by `sortUndefined`. */
const sortNumber = constructSortFn({
  sort: (a: unknown, b: unknown) => {
    const x = typeof a === 'number' ? a : 0;
    const y = typeof b === 'number' ? b : 0;
    return x < y ? -1 : x > y ? 1 : 0;
  },
});

/** Names in Vietnamese alphabetical order ("Đ" after "D", diacritics after the bare letter). */
const sortName = constructSortFn({
  sort: (a: unknown, b: unknown) => collator.compare(String(a ?? ''), String(b ?? '')),
});

/** "hoa binh" finds "Hòa Bình": case and diacritics folded on both sides. */
const foldedIncludes = constructFilterFn({
  filter: (value: unknown, query: unknown) =>
    foldText(String(value ?? '')).includes(foldText(String(query ?? ''))),
  autoRemove: (query: unknown) => typeof query !== 'string' || foldText(query) === '',
});

export const dataTableFeatures = tableFeatures({
  rowSortingFeature,
  columnFilteringFeature,
  globalFilteringFeature,
  columnVisibilityFeature,
  filteredRowModel: createFilteredRowModel(),
  sortedRowModel: createSortedRowModel(),
  sortFns: { number: sortNumber, name: sortName },
  filterFns: { folded: foldedIncludes },
  columnMeta: metaHelper<DataColumnMeta>(),
  tableMeta: metaHelper<DataTableMeta>(),
});

export type DataTableFeatures = typeof dataTableFeatures;

/** Column helper for a row type; define columns at module scope with it. */
export function dataColumnHelper<TRow extends RowData>() {
  return createColumnHelper<DataTableFeatures, TRow>();
}

/** "incidents.desc" ⇄ [{ id: 'incidents', desc: true }]; anything else means "no sort". */
export function parseSort(value: string | undefined, columnIds: readonly string[]): SortingState {
  if (!value) return [];
  const match = /^(.+)\.(asc|desc)$/.exec(value);
  if (!match || !columnIds.includes(match[1] ?? '')) return [];
  return [{ id: match[1] ?? '', desc: match[2] === 'desc' }];
}

export function formatSort(sorting: SortingState): string | undefined {
  const first = sorting[0];
  return first ? `${first.id}.${first.desc ? 'desc' : 'asc'}` : undefined;
}

/** "parent,cameras" ⇄ ['parent', 'cameras'], keeping only known columns. */
export function parseHidden(value: string | undefined, columnIds: readonly string[]): string[] {
  if (!value) return [];
  return value.split(',').filter((id, i, all) => columnIds.includes(id) && all.indexOf(id) === i);
}

export function formatHidden(hidden: readonly string[]): string | undefined {
  return hidden.length > 0 ? hidden.join(',') : undefined;
}
