// What a request covers: the area (within the caller's subtree), the months and the level. Every
// endpoint goes through here, so no answer can reach outside `request.caller.areaId`'s subtree.
import { areaLevels, type AreaLevel } from '../../../src/api/schemas';
import { addMonths } from '../../../mocks/generator/dates';
import type { Caller } from '../caller';
import type { Snapshot } from './cache';
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
  /** The units it was merged from (jsonb array), null when not merged. */
  former_names: string[] | null;
  merged_on: string | null;
}

/** The root the caller may see: their area, or the tree's root when they may see everything. */
export function callerRoot(data: Snapshot, caller: Caller): AreaRow {
  data.requireMeta();
  const root = caller.areaId === null ? data.areas[0] : data.byId.get(caller.areaId);
  if (root) return root;
  throw new ApiProblem(403, 'Forbidden', `The caller's area "${caller.areaId ?? ''}" is not in the tree`);
}

/** `areaId` (default: the caller's root) → the area; 404 if unknown, 403 if outside the caller's subtree. */
export function areaScope(data: Snapshot, caller: Caller, query: Query): AreaRow {
  const id = query.string('areaId');
  const root = callerRoot(data, caller);
  if (id === undefined) return root;
  const area = data.byId.get(id);
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
export function monthScope(data: Snapshot, query: Query): MonthRange {
  const fromParam = query.month('from');
  const toParam = query.month('to');
  const to = toParam ?? data.requireMeta().data_to;
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
