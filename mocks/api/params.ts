// Query-string parsing and validation shared by all endpoints. Every failure is a
// ProblemError (400, or 404 for an unknown areaId).
import type { Area, AreaLevel } from '../../src/api/schemas';
import { areaLevels } from '../../src/api/vocabulary';
import type { Dataset } from '../generator';
import { addMonths, isMonth, monthOrdinal } from '../generator/dates';
import { badRequest, ProblemError } from './problem';

export const MAX_PAGE_SIZE = 500;
export const DEFAULT_PAGE_SIZE = 50;
const INTEGER_RE = /^[+-]?\d+$/;

/** Typed access to URL query parameters. Empty values count as absent; repeats are rejected. */
export class Params {
  constructor(private readonly search: URLSearchParams) {}

  string(name: string): string | undefined {
    const values = this.search.getAll(name);
    if (values.length > 1) throw badRequest(`Parameter "${name}" must be given at most once`);
    const value = values[0]?.trim();
    return value ? value : undefined;
  }

  int(name: string, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
    const raw = this.string(name);
    if (raw === undefined) return fallback;
    if (!INTEGER_RE.test(raw)) throw badRequest(`Parameter "${name}" must be an integer, got "${raw}"`);
    const value = Number(raw);
    if (value < min || value > max) {
      const range = max === Number.MAX_SAFE_INTEGER ? `at least ${min}` : `between ${min} and ${max}`;
      throw badRequest(`Parameter "${name}" must be ${range}, got ${raw}`);
    }
    return value;
  }

  month(name: string): string | undefined {
    const raw = this.string(name);
    if (raw !== undefined && !isMonth(raw))
      throw badRequest(`Parameter "${name}" must be a month "YYYY-MM", got "${raw}"`);
    return raw;
  }

  oneOf<T extends string>(name: string, values: readonly T[]): T | undefined {
    const raw = this.string(name);
    if (raw === undefined) return undefined;
    const found = values.find((v) => v === raw);
    if (found === undefined)
      throw badRequest(`Parameter "${name}" must be one of ${values.join(', ')}; got "${raw}"`);
    return found;
  }

  /** A comma-separated list, each item one of `values` (repeats allowed); an empty item → 400. */
  listOf<T extends string>(name: string, values: readonly T[]): T[] | undefined {
    const raw = this.string(name);
    if (raw === undefined) return undefined;
    return raw.split(',').map((item) => {
      const found = values.find((v) => v === item.trim());
      if (found === undefined)
        throw badRequest(
          `Parameter "${name}" must be a comma-separated list of ${values.join(', ')}; got "${item}"`,
        );
      return found;
    });
  }
}

export interface AreaScope {
  area: Area;
  /** Position in dataset.areas; the subtree is areas[index .. subtreeEnd). */
  index: number;
  subtreeEnd: number;
  /** Wards covered: dataset.wards[wardStart .. wardEnd). */
  wardStart: number;
  wardEnd: number;
}

/** `areaId` (default: the root) → its subtree; 404 for an unknown id. */
export function areaScope(ds: Dataset, params: Params): AreaScope {
  const id = params.string('areaId') ?? ds.root.id;
  const index = ds.tree.indexById.get(id);
  const area = index === undefined ? undefined : ds.tree.areas[index];
  if (index === undefined || !area) throw new ProblemError(404, 'Area not found', `No area with id "${id}"`);
  return {
    area,
    index,
    subtreeEnd: ds.tree.subtreeEnd[index] ?? index + 1,
    wardStart: ds.tree.wardStart[index] ?? 0,
    wardEnd: ds.tree.wardEnd[index] ?? 0,
  };
}

export interface MonthScope {
  from: string;
  to: string;
  /** Indices into dataset.months, clipped to the history: months[start .. end). May be empty. */
  start: number;
  end: number;
}

/** `from`/`to` (inclusive months); defaults to the 12 months ending at the as-of month. */
export function monthScope(ds: Dataset, params: Params): MonthScope {
  const fromParam = params.month('from');
  const toParam = params.month('to');
  const to = toParam ?? ds.asOf;
  const from = fromParam ?? addMonths(to, -11);
  if (monthOrdinal(from) > monthOrdinal(to))
    throw badRequest(`"from" (${from}) must not be after "to" (${to})`);
  const first = monthOrdinal(ds.months[0] ?? ds.asOf);
  const start = Math.max(0, monthOrdinal(from) - first);
  const end = Math.min(ds.months.length, monthOrdinal(to) - first + 1);
  return { from, to, start, end: Math.max(start, end) };
}

const LEVEL_RANK: Record<AreaLevel, number> = { country: 0, province: 1, district: 2, ward: 3 };

/**
 * `level` rows are aggregated to (default: the area's own level). A level above the
 * area's → 400; a level absent from the tree yields no target areas.
 */
export function targetAreas(ds: Dataset, params: Params, scope: AreaScope): number[] {
  const level = params.oneOf('level', areaLevels) ?? scope.area.level;
  if (LEVEL_RANK[level] < LEVEL_RANK[scope.area.level]) {
    throw badRequest(
      `Parameter "level" (${level}) is above the level of area "${scope.area.id}" (${scope.area.level})`,
    );
  }
  const out: number[] = [];
  for (let i = scope.index; i < scope.subtreeEnd; i++) if (ds.tree.areas[i]?.level === level) out.push(i);
  return out;
}

export interface Paging {
  page: number;
  pageSize: number;
  sortField: string;
  descending: boolean;
}

/** `page` (1-based), `pageSize` (1–500) and `sort` (an item field, "-" prefix = descending). */
export function paging(params: Params, fields: readonly string[], defaultSort: string): Paging {
  const page = params.int('page', 1, 1);
  const pageSize = params.int('pageSize', DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE);
  const sort = params.string('sort') ?? defaultSort;
  const descending = sort.startsWith('-');
  const sortField = descending ? sort.slice(1) : sort;
  if (!fields.includes(sortField)) {
    throw badRequest(
      `Parameter "sort" must be one of ${fields.join(', ')} (optionally prefixed with "-"); got "${sort}"`,
    );
  }
  return { page, pageSize, sortField, descending };
}
