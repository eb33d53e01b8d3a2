// The table state as it stands in the URL ("page=2&pageSize=25&sort=-receivedOn") and its
// translation to TanStack Table state. Search params arrive as plain strings (see
// src/app/router.tsx); a bad value falls back to the default instead of breaking the link.
import type { PaginationState, SortingState } from '@tanstack/react-table';
import { z } from 'zod';

export const PAGE_SIZES = [10, 25, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 50;

/** The state a server table reads from and writes to the URL; undefined = the default. */
export interface ServerTableSearch {
  page?: number | undefined;
  pageSize?: number | undefined;
  sort?: string | undefined;
}

export const pageParam = z.coerce.number().int().min(1).max(1_000_000).optional().catch(undefined);

export const pageSizeParam = z.coerce
  .number()
  .refine((n) => PAGE_SIZES.some((size) => size === n))
  .optional()
  .catch(undefined);

/** `field` or `-field` for one of the item's fields (the API refuses any other sort). */
export function sortParam(fields: readonly string[]) {
  return z
    .string()
    .refine((s) => fields.includes(s.startsWith('-') ? s.slice(1) : s))
    .optional()
    .catch(undefined);
}

/** "-receivedOn" ⇄ [{ id: 'receivedOn', desc: true }]. */
export function sortingFromParam(sort: string): SortingState {
  const desc = sort.startsWith('-');
  const id = desc ? sort.slice(1) : sort;
  return id ? [{ id, desc }] : [];
}

export function sortingToParam(sorting: SortingState): string | undefined {
  const first = sorting[0];
  return first ? `${first.desc ? '-' : ''}${first.id}` : undefined;
}

export function paginationFromSearch(
  search: ServerTableSearch,
  defaultPageSize = DEFAULT_PAGE_SIZE,
): PaginationState {
  return { pageIndex: (search.page ?? 1) - 1, pageSize: search.pageSize ?? defaultPageSize };
}

/** Drops values equal to the defaults so links stay short. */
export function cleanSearch(
  next: { page: number; pageSize: number; sort: string },
  defaultSort: string,
  defaultPageSize = DEFAULT_PAGE_SIZE,
): ServerTableSearch {
  return {
    page: next.page === 1 ? undefined : next.page,
    pageSize: next.pageSize === defaultPageSize ? undefined : next.pageSize,
    sort: next.sort === defaultSort ? undefined : next.sort,
  };
}
