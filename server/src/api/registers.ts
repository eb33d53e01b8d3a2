// What /patrols and /mediation-cases share: the page query, the group names of a page, and the
// register's total. Totals for the filters the aggregates know (area, months, shift, category,
// outcome) are summed from area_month, so a nationwide page never counts millions of rows; other
// filters (a group) are narrow enough to count on their index.
import type { Db } from '../db/db';
import type { Paging } from './paging';
import { Params } from './paging';
import type { AreaRow, MonthRange } from './scope';

/** Names of the groups on one page (at most 500 ids, one indexed lookup). */
export async function groupNames(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  const distinct = [...new Set(ids)];
  if (distinct.length === 0) return new Map();
  const rows = await db.query<{ id: string; name: string }>(
    'SELECT id, name FROM groups WHERE id = ANY($1::text[])',
    [distinct],
  );
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Σ of `expression` (a constant over area_month's columns) for the area and months. */
export async function aggregateTotal(
  db: Db,
  area: AreaRow,
  months: MonthRange,
  expression: string,
): Promise<number> {
  const [row] = await db.query<{ total: number | null }>(
    `SELECT sum(${expression})::int AS total FROM area_month WHERE pre = $1 AND mo >= $2 AND mo <= $3`,
    [area.pre, months.fromOrdinal, months.toOrdinal],
  );
  return row?.total ?? 0;
}

export interface RegisterQuery {
  /** FROM clause with alias `r` (groups alias `g` when the sort needs the group's name). */
  table: string;
  dateColumn: string;
  select: string;
  /** Extra conditions on `r`, with their parameters already in `params`. */
  conditions: string[];
  params: Params;
  /** Snapshot.wardNameRanks(), for `sort=wardName`. */
  wardNameRanks: Int32Array;
  joinGroups: boolean;
}

/** The page's rows and, when `countRows`, the exact count of the same filter. */
export async function registerPage<R>(
  db: Db,
  area: AreaRow,
  months: MonthRange,
  page: Paging,
  spec: RegisterQuery,
  countRows: boolean,
): Promise<{ rows: R[]; count: number }> {
  const p = spec.params;
  const where = [
    `r.ward_ix >= ${p.add(area.ward_start)}`,
    `r.ward_ix < ${p.add(area.ward_end)}`,
    `r.${spec.dateColumn} >= ${p.add(months.firstDay)}::date`,
    `r.${spec.dateColumn} < ${p.add(months.endDay)}::date`,
    ...spec.conditions,
  ].join(' AND ');
  let count = 0;
  if (countRows) {
    const [row] = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM ${spec.table} r WHERE ${where}`,
      p.values,
    );
    count = row?.n ?? 0;
  }
  const join = spec.joinGroups ? 'LEFT JOIN groups g ON g.id = r.group_id' : '';
  const orderBy = page.orderBy(p, spec.wardNameRanks, area);
  const limit = p.add(page.pageSize);
  const offset = p.add(page.offset);
  const rows = await db.query<R>(
    `SELECT ${spec.select} FROM ${spec.table} r ${join} WHERE ${where}
      ORDER BY ${orderBy} LIMIT ${limit} OFFSET ${offset}::bigint`,
    p.values,
  );
  return { rows, count };
}
