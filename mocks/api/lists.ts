// GET /groups, /patrols, /mediation-cases: filter → sort → page, all through the same helpers.
import type { Group, MediationCase, Page, Patrol } from '../../src/api/schemas';
import { QUERY_TOO_BROAD } from '../../src/api/problem-codes';
import { RECORD_CACHE_SIZE } from '../generator';
import type { ApiContext } from './context';
import { areaScope, monthScope, paging, Params, type MonthScope } from './params';
import { badRequest } from './problem';
import { WARD_NAME_SORT } from '../../src/api/sort-fields';
import { groupTypes, mediationCategories, mediationOutcomes, recognitions } from '../../src/api/vocabulary';
import { foldText, pageOfScan, TimeSlicer } from './query';

// What `sort` may name: the item's fields in the schema's order (what sortFields makes of the zod
// shape: handlers.sort.test.ts checks they agree), spelt out so the mock's worker needs no zod.
const GROUP_FIELDS: readonly string[] = [
  ...([
    'id',
    'name',
    'type',
    'wardId',
    'residentialArea',
    'establishedOn',
    'members',
    'leader',
    'status',
    'recognition',
  ] satisfies (keyof Group)[]),
  WARD_NAME_SORT,
];
const PATROL_FIELDS: readonly string[] = [
  ...([
    'id',
    'groupId',
    'groupName',
    'wardId',
    'date',
    'shift',
    'durationMinutes',
    'participants',
    'findings',
    'note',
  ] satisfies (keyof Patrol)[]),
  WARD_NAME_SORT,
];
const MEDIATION_FIELDS: readonly string[] = [
  ...([
    'id',
    'wardId',
    'groupId',
    'groupName',
    'category',
    'receivedOn',
    'closedOn',
    'outcome',
  ] satisfies (keyof MediationCase)[]),
  WARD_NAME_SORT,
];

/**
 * Record lists are derived per ward-month; more than this many ward-months (or wards, for
 * groups) in one request is refused as too broad. The whole default province over 60
 * months is 10,200; the national set's 12 months about 123,000.
 */
export const MAX_WARD_MONTHS = 25_000;
/** Most group ids one /groups?ids= request may name (v1.1). */
export const MAX_GROUP_IDS = 500;

/** v1.1 `ids`: distinct, non-empty ids, at most MAX_GROUP_IDS; a v1 API ignores the parameter. */
function groupIds(ctx: ApiContext, params: Params): Set<string> | undefined {
  const raw = params.string('ids');
  if (raw === undefined || ctx.apiVersion === '1') return undefined;
  const ids = raw.split(',').map((id) => id.trim());
  if (ids.some((id) => id === '')) throw badRequest('Parameter "ids" must not contain an empty id');
  if (ids.length > MAX_GROUP_IDS)
    throw badRequest(`Parameter "ids" names ${ids.length} groups; at most ${MAX_GROUP_IDS} are allowed`);
  return new Set(ids);
}

/** The ward range holding every group of `ids` inside the scope (empty when none is). */
function wardsOfIds(ctx: ApiContext, ids: ReadonlySet<string>, scope: [number, number]): [number, number] {
  let lo = Number.POSITIVE_INFINITY;
  let hi = -1;
  for (const id of ids) {
    const group = ctx.ds.group(id);
    const w = group ? ctx.ds.wardIndex(group.wardId) : -1;
    if (w < scope[0] || w >= scope[1]) continue;
    lo = Math.min(lo, w);
    hi = Math.max(hi, w);
  }
  return hi < 0 ? [0, 0] : [lo, hi + 1];
}

export async function listGroups(ctx: ApiContext, url: URL): Promise<Page<Group>> {
  const params = new Params(url.searchParams);
  const type = params.oneOf('type', groupTypes);
  const status = params.oneOf('status', ['active', 'inactive'] as const);
  const recognition = params.listOf('recognition', recognitions);
  const q = params.string('q');
  const needle = q === undefined ? undefined : foldText(q);
  const ids = groupIds(ctx, params);
  const page = paging(params, GROUP_FIELDS, 'id');
  const scope = areaScope(ctx.ds, params);
  let wards: [number, number] = [scope.wardStart, scope.wardEnd];
  if (ids) wards = wardsOfIds(ctx, ids, wards);
  return pageOfScan(
    {
      ...wardScan(ctx, wards, { start: 0, end: 1 }),
      records: (w) => ctx.ds.wardGroups(w),
      keep: (g) =>
        (ids === undefined || ids.has(g.id)) &&
        (type === undefined || g.type === type) &&
        (status === undefined || g.status === status) &&
        (recognition === undefined || recognition.includes(g.recognition)) &&
        (needle === undefined || ctx.foldedName(g).includes(needle)),
    },
    page,
    new TimeSlicer(),
  );
}

/** The ward × month frame of a scan; refuses frames over MAX_WARD_MONTHS. */
function wardScan(
  ctx: ApiContext,
  wards: readonly [number, number],
  months: Pick<MonthScope, 'start' | 'end'>,
) {
  const span = (wards[1] - wards[0]) * (months.end - months.start);
  if (span > MAX_WARD_MONTHS) {
    throw badRequest(
      `Query too broad: ${span} ward-months (limit ${MAX_WARD_MONTHS}); narrow "areaId" or "from"/"to"`,
      QUERY_TOO_BROAD,
    );
  }
  return {
    wardStart: wards[0],
    wardEnd: wards[1],
    monthStart: months.start,
    monthEnd: months.end,
    wardRank: (w: number) => ctx.ds.wardRank(w),
    wardNameRank: (w: number) => ctx.wardNameRank(w),
    cacheLimit: RECORD_CACHE_SIZE,
  };
}

export async function listPatrols(ctx: ApiContext, url: URL): Promise<Page<Patrol>> {
  const params = new Params(url.searchParams);
  const groupId = params.string('groupId');
  const shift = params.oneOf('shift', ['day', 'night'] as const);
  const months = monthScope(ctx.ds, params);
  const page = paging(params, PATROL_FIELDS, '-date');
  const scope = areaScope(ctx.ds, params);
  let wards: [number, number] = [scope.wardStart, scope.wardEnd];
  if (groupId !== undefined) {
    // A group's patrols are all in its own ward: look only there.
    const group = ctx.ds.group(groupId);
    const w = group ? ctx.ds.wardIndex(group.wardId) : -1;
    wards = w >= scope.wardStart && w < scope.wardEnd ? [w, w + 1] : [0, 0];
  }
  return pageOfScan(
    {
      ...wardScan(ctx, wards, months),
      records: (w, m, cache) => ctx.ds.patrols(w, m, cache),
      keep: (p) =>
        (groupId === undefined || p.groupId === groupId) && (shift === undefined || p.shift === shift),
    },
    page,
    new TimeSlicer(),
  );
}

export async function listMediationCases(ctx: ApiContext, url: URL): Promise<Page<MediationCase>> {
  const params = new Params(url.searchParams);
  const category = params.oneOf('category', mediationCategories);
  const outcome = params.oneOf('outcome', mediationOutcomes);
  const months = monthScope(ctx.ds, params);
  const page = paging(params, MEDIATION_FIELDS, '-receivedOn');
  const scope = areaScope(ctx.ds, params);
  // Cases are derived per month of receipt, so from/to select on receivedOn.
  return pageOfScan(
    {
      ...wardScan(ctx, [scope.wardStart, scope.wardEnd], months),
      records: (w, m, cache) => ctx.ds.mediationCases(w, m, cache),
      keep: (c) =>
        (category === undefined || c.category === category) &&
        (outcome === undefined || c.outcome === outcome),
    },
    page,
    new TimeSlicer(),
  );
}
