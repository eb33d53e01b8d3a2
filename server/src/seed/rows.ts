// The rows of each table, generated lazily ward by ward from a Dataset (mocks/generator), so even
// the national data set (≈10.7 M patrols) streams into the database without being held in memory.
import { areaLevels } from '../../../src/api/schemas';
import {
  INCIDENT_CATEGORY_COUNT,
  MEDIATION_CATEGORY_COUNT,
  OUTCOME_ORDER,
  type Dataset,
} from '../../../mocks/generator';
import { datasetGeometry } from '../../../mocks/api/geometry';
import { monthOrdinal } from '../../../mocks/generator/dates';

export const AREA_COLUMNS = [
  'pre',
  'id',
  'name',
  'level',
  'level_rank',
  'parent_id',
  'population',
  'households',
  'residential_areas',
  'cameras',
  'sub_end',
  'ward_start',
  'ward_end',
  'former_names',
  'merged_on',
  'geometry',
] as const;

export function* areaRows(ds: Dataset): Generator<unknown[]> {
  const { tree } = ds;
  // The same boundaries the browser mock serves (its own Rng stream, so nothing else moves).
  const rings = datasetGeometry(ds);
  for (let i = 0; i < tree.areas.length; i++) {
    const a = tree.areas[i];
    if (!a) continue;
    yield [
      i,
      a.id,
      a.name,
      a.level,
      areaLevels.indexOf(a.level),
      a.parentId,
      a.population,
      a.households,
      a.residentialAreas,
      a.cameras,
      tree.subtreeEnd[i],
      tree.wardStart[i],
      tree.wardEnd[i],
      a.formerNames ? JSON.stringify(a.formerNames) : null,
      a.mergedOn ?? null,
      rings.has(a.id) ? JSON.stringify({ type: 'Polygon', coordinates: [rings.get(a.id)] }) : null,
    ];
  }
}

export const GROUP_COLUMNS = [
  'id',
  'ward_ix',
  'ward_id',
  'name',
  'type',
  'residential_area',
  'established_on',
  'members',
  'leader',
  'status',
  'recognition',
] as const;

type GroupFields = Record<
  | 'id'
  | 'wardId'
  | 'name'
  | 'type'
  | 'residentialArea'
  | 'establishedOn'
  | 'leader'
  | 'status'
  | 'recognition',
  string
> & { members: number };

/** A group as a row of GROUP_COLUMNS: a generated group (seed) or an imported one (import). */
export function groupRow(g: GroupFields, wardIx: number): unknown[] {
  return [
    g.id,
    wardIx,
    g.wardId,
    g.name,
    g.type,
    g.residentialArea,
    g.establishedOn,
    g.members,
    g.leader,
    g.status,
    g.recognition,
  ];
}

export function* groupRows(ds: Dataset, wardStart: number, wardEnd: number): Generator<unknown[]> {
  for (let w = wardStart; w < wardEnd; w++) {
    for (const g of ds.wardGroups(w)) yield groupRow(g, w);
  }
}

/** ward_month's columns: key, reported flag, then FACT_COLUMNS' order (src/db/columns.ts). */
export const WARD_MONTH_COLUMNS = [
  'ward_ix',
  'mo',
  'reported',
  'inc_public_order',
  'inc_property',
  'inc_drugs',
  'inc_social_evils',
  'inc_fire',
  'inc_traffic',
  'inc_other',
  'inc_total',
  'patrols',
  'night_patrols',
  'participants',
  'extra_half_hours',
  'findings',
  ...['land', 'family', 'neighbour', 'debt', 'commercial', 'other'].flatMap((c) =>
    OUTCOME_ORDER.map((o) => `med_${c}_${o}`),
  ),
] as const;

export function* wardMonthRows(ds: Dataset, wardStart: number, wardEnd: number): Generator<unknown[]> {
  const O = OUTCOME_ORDER.length;
  for (let w = wardStart; w < wardEnd; w++) {
    const mo = ds.wardMonthly(w);
    for (let m = 0; m < ds.months.length; m++) {
      const incidents = Array.from(
        mo.incidents.subarray(m * INCIDENT_CATEGORY_COUNT, (m + 1) * INCIDENT_CATEGORY_COUNT),
      );
      const pairs = Array.from(
        mo.caseOutcomes.subarray(m * MEDIATION_CATEGORY_COUNT * O, (m + 1) * MEDIATION_CATEGORY_COUNT * O),
      );
      yield [
        w,
        monthOrdinal(ds.months[m] ?? ''),
        ds.reported(w, m),
        ...incidents,
        incidents.reduce((a, b) => a + b, 0),
        mo.patrols[m] ?? 0,
        mo.nightPatrols[m] ?? 0,
        mo.participants[m] ?? 0,
        mo.extraHalfHours[m] ?? 0,
        mo.findings[m] ?? 0,
        ...pairs,
      ];
    }
  }
}

export const PATROL_COLUMNS = [
  'id',
  'ward_ix',
  'ward_id',
  'group_id',
  'date',
  'shift',
  'duration_minutes',
  'participants',
  'findings',
  'note',
] as const;

type PatrolFields = Record<'id' | 'wardId' | 'groupId' | 'date' | 'shift' | 'note', string> &
  Record<'durationMinutes' | 'participants' | 'findings', number>;

/** A patrol as a row of PATROL_COLUMNS: a generated patrol (seed) or an imported one (import). */
export function patrolRow(p: PatrolFields, wardIx: number): unknown[] {
  return [
    p.id,
    wardIx,
    p.wardId,
    p.groupId,
    p.date,
    p.shift,
    p.durationMinutes,
    p.participants,
    p.findings,
    p.note,
  ];
}

export function* patrolRows(ds: Dataset, wardStart: number, wardEnd: number): Generator<unknown[]> {
  for (let w = wardStart; w < wardEnd; w++) {
    for (let m = 0; m < ds.months.length; m++) {
      // cache=false: a bulk pass would only evict the mock's LRU for nothing.
      for (const p of ds.patrols(w, m, false)) yield patrolRow(p, w);
    }
  }
}

export const MEDIATION_COLUMNS = [
  'id',
  'ward_ix',
  'ward_id',
  'group_id',
  'category',
  'received_on',
  'closed_on',
  'outcome',
] as const;

type CaseFields = Record<'id' | 'wardId' | 'groupId' | 'category' | 'receivedOn' | 'outcome', string> & {
  closedOn: string | null;
};

/** A mediation case as a row of MEDIATION_COLUMNS (seed and import alike). */
export function caseRow(c: CaseFields, wardIx: number): unknown[] {
  return [c.id, wardIx, c.wardId, c.groupId, c.category, c.receivedOn, c.closedOn, c.outcome];
}

export function* mediationRows(ds: Dataset, wardStart: number, wardEnd: number): Generator<unknown[]> {
  for (let w = wardStart; w < wardEnd; w++) {
    for (let m = 0; m < ds.months.length; m++) {
      for (const c of ds.mediationCases(w, m, false)) yield caseRow(c, w);
    }
  }
}
