// GET /stats/*: monthly aggregates (and the group snapshot) summed over the wards of
// each target area at the requested level.
import {
  groupTypes,
  incidentCategories,
  type GroupStat,
  type GroupType,
  type IncidentCategory,
  type IncidentStat,
  type MediationStat,
  type PatrolStat,
  type ReportingStat,
} from '../../src/api/schemas';
import {
  INCIDENT_CATEGORY_COUNT,
  MEDIATION_CATEGORY_COUNT,
  OUTCOME_ORDER,
  type WardMonthly,
} from '../generator';
import { forEachWard, type ApiContext } from './context';
import { areaScope, monthScope, Params, targetAreas } from './params';
import { TimeSlicer } from './query';

type Items<T> = { items: T[] };

/**
 * Rows for every target area × month of the range (area in tree order, then month).
 * `row` gets the target's areaId, the month and its wards' aggregates; null drops the row.
 */
async function monthlyStats<T>(
  ctx: ApiContext,
  url: URL,
  withMonthly: boolean,
  row: (
    areaId: string,
    month: string,
    m: number,
    wards: readonly WardMonthly[],
    wardRange: readonly [number, number],
  ) => T | null,
): Promise<Items<T>> {
  const { ds } = ctx;
  const params = new Params(url.searchParams);
  const months = monthScope(ds, params);
  const scope = areaScope(ds, params);
  const targets = targetAreas(ds, params, scope);
  const slicer = new TimeSlicer();
  const items: T[] = [];
  if (targets.length === 0 || months.start >= months.end) return { items };
  for (const t of targets) {
    const wards: WardMonthly[] = [];
    const range = [ds.tree.wardStart[t] ?? 0, ds.tree.wardEnd[t] ?? 0] as const;
    if (withMonthly) await forEachWard(range[0], range[1], slicer, (w) => wards.push(ds.wardMonthly(w)));
    const areaId = ds.tree.areas[t]?.id ?? '';
    for (let m = months.start; m < months.end; m++) {
      const r = row(areaId, ds.months[m] ?? '', m, wards, range);
      if (r !== null) items.push(r);
    }
    await slicer.tick();
  }
  return { items };
}

export function incidentStats(ctx: ApiContext, url: URL): Promise<Items<IncidentStat>> {
  return monthlyStats(ctx, url, true, (areaId, month, m, wards) => {
    const sums = new Array<number>(INCIDENT_CATEGORY_COUNT).fill(0);
    for (const w of wards) {
      for (let c = 0; c < INCIDENT_CATEGORY_COUNT; c++) {
        sums[c] = (sums[c] ?? 0) + (w.incidents[m * INCIDENT_CATEGORY_COUNT + c] ?? 0);
      }
    }
    const total = sums.reduce((a, b) => a + b, 0);
    if (total === 0) return null; // the contract lets zero rows be left out; the client counts them as 0
    const byCategory: Partial<Record<IncidentCategory, number>> = {};
    incidentCategories.forEach((category, c) => {
      const v = sums[c] ?? 0;
      if (v > 0) byCategory[category] = v;
    });
    return { areaId, month, total, byCategory };
  });
}

export function patrolStats(ctx: ApiContext, url: URL): Promise<Items<PatrolStat>> {
  return monthlyStats(ctx, url, true, (areaId, month, m, wards) => {
    let patrols = 0;
    let participants = 0;
    let extra = 0;
    let findings = 0;
    for (const w of wards) {
      patrols += w.patrols[m] ?? 0;
      participants += w.participants[m] ?? 0;
      extra += w.extraHalfHours[m] ?? 0;
      findings += w.findings[m] ?? 0;
    }
    // Durations are 90 + 30·k minutes, so hours are exact halves: (3·patrols + Σk) / 2.
    return { areaId, month, patrols, participants, patrolHours: (3 * patrols + extra) / 2, findings };
  });
}

export function mediationStats(ctx: ApiContext, url: URL): Promise<Items<MediationStat>> {
  return monthlyStats(ctx, url, true, (areaId, month, m, wards) => {
    let received = 0;
    const outcomes = new Array<number>(OUTCOME_ORDER.length).fill(0);
    for (const w of wards) {
      for (let c = 0; c < MEDIATION_CATEGORY_COUNT; c++)
        received += w.mediation[m * MEDIATION_CATEGORY_COUNT + c] ?? 0;
      for (let o = 0; o < OUTCOME_ORDER.length; o++) {
        outcomes[o] = (outcomes[o] ?? 0) + (w.outcomes[m * OUTCOME_ORDER.length + o] ?? 0);
      }
    }
    const [resolved = 0, referred = 0, unresolved = 0, pending = 0] = outcomes;
    return { areaId, month, received, resolved, referred, unresolved, pending };
  });
}

/** v1.1: of the wards under each target area, how many reported each month. */
export function reportingStats(ctx: ApiContext, url: URL): Promise<Items<ReportingStat>> {
  const { ds } = ctx;
  return monthlyStats(ctx, url, false, (areaId, month, m, _wards, [start, end]) => {
    let reported = 0;
    for (let w = start; w < end; w++) if (ds.reported(w, m)) reported++;
    return { areaId, month, wards: end - start, reported };
  });
}

/** Snapshot per target area; from/to are not used. */
export async function groupStats(ctx: ApiContext, url: URL): Promise<Items<GroupStat>> {
  const { ds } = ctx;
  const params = new Params(url.searchParams);
  const scope = areaScope(ds, params);
  const targets = targetAreas(ds, params, scope);
  const slicer = new TimeSlicer();
  const items: GroupStat[] = [];
  for (const t of targets) {
    const row: GroupStat = {
      areaId: ds.tree.areas[t]?.id ?? '',
      activeGroups: 0,
      inactiveGroups: 0,
      members: 0,
      byType: {},
      coveredResidentialAreas: 0,
    };
    const byType = new Array<number>(groupTypes.length).fill(0);
    await forEachWard(ds.tree.wardStart[t] ?? 0, ds.tree.wardEnd[t] ?? 0, slicer, (w) => {
      const s = ctx.wardGroupStat(w);
      row.activeGroups += s.active;
      row.inactiveGroups += s.inactive;
      row.members += s.members;
      row.coveredResidentialAreas += s.covered;
      s.byType.forEach((v, i) => (byType[i] = (byType[i] ?? 0) + v));
    });
    const types: Partial<Record<GroupType, number>> = {};
    groupTypes.forEach((type, i) => {
      const v = byType[i] ?? 0;
      if (v > 0) types[type] = v;
    });
    row.byType = types;
    items.push(row);
  }
  return { items };
}
