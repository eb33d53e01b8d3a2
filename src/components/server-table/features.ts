// The feature set of every server-paginated table (TanStack Table 9 registers features
// explicitly) and the column helper typed against it. Only sorting and pagination state are
// registered, both MANUAL: the API sorts and pages, the table only holds the state and draws.
import {
  createColumnHelper,
  metaHelper,
  rowPaginationFeature,
  rowSortingFeature,
  tableFeatures,
  type RowData,
} from '@tanstack/react-table';
import type { MessageKey } from '../../i18n/locales';

export type ServerColumnMeta = {
  /** The column's header text. */
  label: MessageKey;
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
  /** The cell is the row's header (<th scope="row">), e.g. a group's name. */
  rowHeader?: boolean;
};

export const serverTableFeatures = tableFeatures({
  rowSortingFeature,
  rowPaginationFeature,
  columnMeta: metaHelper<ServerColumnMeta>(),
});

export type ServerTableFeatures = typeof serverTableFeatures;

/**
 * Column helper for a row type; define the columns at module scope with it. A column's id is
 * the API's sort field, so only accessor columns of real item fields should stay sortable.
 */
export function serverColumnHelper<TRow extends RowData>() {
  return createColumnHelper<ServerTableFeatures, TRow>();
}
