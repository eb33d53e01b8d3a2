// Paging and sorting of the list endpoints. `sort` may only name a field of the item; each field
// maps to fixed ORDER BY expressions (never the request's text), ties always by id ascending, as
// the contract says. Text fields sort as the mock does: case- and diacritic-folded first
// (antt_fold, stored in *_fold columns where it is indexed), then exactly, in code-point order.
// `wardName` (v1.1) sorts by the ward's name in Vietnamese collation: the ranks come from the same
// JS collator as the mock's (Snapshot.wardNameRanks), bound as an array indexed by ward_ix.
import { WARD_NAME_SORT } from '../../../src/api/sort-fields';
import { badRequest } from './problem';
import type { Query } from './query';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;

export interface Paging {
  page: number;
  pageSize: number;
  /** Rows to skip, as decimal text: page × pageSize can pass 2^53 (bound as a bigint). */
  offset: string;
  /**
   * ORDER BY text built from the field's fixed expressions; for `wardName`, the name ranks of the
   * area's wards (ward_ix ward_start .. ward_end - 1) are bound as one more parameter of `p`.
   */
  orderBy(p: Params, wardNameRanks: Int32Array, area: { ward_start: number; ward_end: number }): string;
  field: string;
  descending: boolean;
}

/** Field of the item → its ORDER BY expressions (SQL constants). */
export type SortColumns = Readonly<Record<string, readonly string[]>>;

export function paging(
  query: Query,
  columns: SortColumns,
  defaultSort: string,
  idColumn: string,
  wardColumn: string,
): Paging {
  const page = query.int('page', 1, 1);
  const pageSize = query.int('pageSize', DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE);
  const sort = query.string('sort') ?? defaultSort;
  const descending = sort.startsWith('-');
  const field = descending ? sort.slice(1) : sort;
  const byWardName = field === WARD_NAME_SORT;
  const expressions = Object.hasOwn(columns, field) ? columns[field] : byWardName ? [] : undefined;
  if (!expressions) {
    throw badRequest(
      `Parameter "sort" must be one of ${[...Object.keys(columns), WARD_NAME_SORT].join(', ')} (optionally prefixed with "-"); got "${sort}"`,
    );
  }
  const direction = descending ? 'DESC' : 'ASC';
  return {
    page,
    pageSize,
    offset: (BigInt(page - 1) * BigInt(pageSize)).toString(),
    orderBy(p, wardNameRanks, area) {
      const own = byWardName
        ? [
            `(${p.add(Array.from(wardNameRanks.subarray(area.ward_start, area.ward_end)))}::int[])` +
              `[${wardColumn} - ${p.add(area.ward_start - 1)}::int]`,
          ]
        : expressions;
      // PostgreSQL's defaults (ASC NULLS LAST, DESC NULLS FIRST) are the contract's null order.
      const keys = own.map((e) => `${e} ${direction}`);
      if (field !== 'id') keys.push(`${idColumn} ASC`);
      return keys.join(', ');
    },
    field,
    descending,
  };
}

/** Collects $n parameters while a statement is assembled. */
export class Params {
  readonly values: unknown[] = [];

  /** The placeholder of `value`. */
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}
