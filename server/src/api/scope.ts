// What a request covers: the area (within the caller's subtree), the months and the level. Every
// endpoint goes through here, so no answer can reach outside `request.caller.areaId`'s subtree.
import { areaLevels, type AreaLevel } from '../../../src/api/schemas';
import { addMonths } from '../../../mocks/generator/dates';
import type { Caller } from '../caller';
import type { Db } from '../db/db';
import { ApiProblem, badRequest } from './problem';
import type { Query } from './query';

export interface AreaRow {
  pre: number;
  id: string;
  name: string;
  level: AreaLevel;
  level_rank: number;
  parent_id: string | null;
  population: number;
  households: number;
  residential_areas: number;
  cameras: number;
  sub_end: number;
  ward_start: number;
  ward_end: number;
}

export const AREA_SELECT = `pre, id, name, level, level_rank, parent_id, population, households,
  residential_areas, cameras, sub_end, ward_start, ward_end`;

/** The root the caller may see: their area, or the tree's root when they may see everything. */
export async function callerRoot(db: Db, caller: Caller): Promise<AreaRow> {
  const rows =
    caller.areaId === null
      ? await db.query<AreaRow>(`SELECT ${AREA_SELECT} FROM areas WHERE pre = 0`)
      : await db.query<AreaRow>(`SELECT ${AREA_SELECT} FROM areas WHERE id = $1`, [caller.areaId]);
  const root = rows[0];
  if (root) return root;
  if (caller.areaId === null)
    throw new ApiProblem(503, 'Service Unavailable', 'The database holds no data set yet');
  throw new ApiProblem(403, 'Forbidden', `The caller's area "${caller.areaId}" is not in the tree`);
}

/** `areaId` (default: the caller's root) → the area; 404 if unknown, 403 if outside the caller's subtree. */
export async function areaScope(db: Db, caller: Caller, query: Query): Promise<AreaRow> {
  const id = query.string('areaId');
  const root = await callerRoot(db, caller);
  if (id === undefined || id === root.id) return root;
  const [area] = await db.query<AreaRow>(`SELECT ${AREA_SELECT} FROM areas WHERE id = $1`, [id]);
  if (!area) throw new ApiProblem(404, 'Area not found', `No area with id "${id}"`);
  if (area.pre < root.pre || area.pre >= root.sub_end)
    throw new ApiProblem(403, 'Forbidden', `Area "${id}" is outside the caller's area "${root.id}"`);
  return area;
}

/** `level` (default: the area's own); above the area's level → 400. */
export function targetLevel(query: Query, area: AreaRow): AreaLevel {
  const level = query.oneOf('level', areaLevels) ?? area.level;
  if (areaLevels.indexOf(level) < area.level_rank)
    throw badRequest(`Parameter "level" (${level}) is above the level of area "${area.id}" (${area.level})`);
  return level;
}

export interface MetaRow {
  data_from: string;
  data_to: string;
  generated_at: string;
  name: string | null;
  demo: boolean;
}

export async function readMeta(db: Db): Promise<MetaRow> {
  const [row] = await db.query<MetaRow>(
    `SELECT data_from, data_to, to_char(generated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS generated_at,
            name, demo FROM meta`,
  );
  if (!row) throw new ApiProblem(503, 'Service Unavailable', 'The database holds no data set yet');
  return row;
}

export interface MonthRange {
  from: string;
  to: string;
  /** year * 12 + month - 1, as ward_month.mo. */
  fromOrdinal: number;
  toOrdinal: number;
  /** First day of `from`, first day after `to` ("YYYY-MM-DD"), for date columns. */
  firstDay: string;
  endDay: string;
}

function ordinal(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

/** `from`/`to` (inclusive months); default: the 12 months ending at the data's last month. */
export async function monthScope(db: Db, query: Query): Promise<MonthRange> {
  const fromParam = query.month('from');
  const toParam = query.month('to');
  const to = toParam ?? (await readMeta(db)).data_to;
  const from = fromParam ?? addMonths(to, -11);
  if (ordinal(from) > ordinal(to)) throw badRequest(`"from" (${from}) must not be after "to" (${to})`);
  return {
    from,
    to,
    fromOrdinal: ordinal(from),
    toOrdinal: ordinal(to),
    firstDay: `${from}-01`,
    endDay: `${addMonths(to, 1)}-01`,
  };
}

export function monthOf(ordinalValue: number): string {
  const year = Math.floor(ordinalValue / 12);
  return `${String(year).padStart(4, '0')}-${String(ordinalValue - year * 12 + 1).padStart(2, '0')}`;
}
