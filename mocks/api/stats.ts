// GET /stats/*: monthly aggregates (and the group snapshot) summed over the wards of
// each target area at the requested level.
import type {
  GroupStat,
  GroupType,
  IncidentCategory,
  IncidentStat,
  MediationCategory,
  MediationOutcomeCounts,
  MediationStat,
  PatrolStat,
  ReportingStat,
} from '../../src/api/schemas';
import { groupTypes, incidentCategories, mediationCategories } from '../../src/api/vocabulary';
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
    let nightPatrols = 0;
    for (const w of wards) {
      patrols += w.patrols[m] ?? 0;
      nightPatrols += w.nightPatrols[m] ?? 0;
      participants += w.participants[m] ?? 0;
      extra += w.extraHalfHours[m] ?? 0;
      findings += w.findings[m] ?? 0;
    }
    // Durations are 90 + 30·k minutes, so hours are exact halves: (3·patrols + Σk) / 2.
    const patrolHours = (3 * patrols + extra) / 2;
    const dayPatrols = patrols - nightPatrols;
    return { areaId, month, patrols, participants, patrolHours, findings, dayPatrols, nightPatrols };
  });
}

export function mediationStats(ctx: ApiContext, url: URL): Promise<Items<MediationStat>> {
  return monthlyStats(ctx, url, true, (areaId, month, m, wards) => {
    const O = OUTCOME_ORDER.length;
    // [c * O + o]: cases of category c with outcome o.
    const pairs = new Array<number>(MEDIATION_CATEGORY_COUNT * O).fill(0);
    const base = m * MEDIATION_CATEGORY_COUNT * O;
    for (const w of wards) {
      for (let k = 0; k < pairs.length; k++) pairs[k] = (pairs[k] ?? 0) + (w.caseOutcomes[base + k] ?? 0);
    }
    const counts = (from: number, stride: number, n: number): MediationOutcomeCounts => {
      const [resolved = 0, referred = 0, unresolved = 0, pending = 0] = Array.from({ length: O }, (_, o) => {
        let sum = 0;
        for (let i = 0; i < n; i++) sum += pairs[from + i * stride + o] ?? 0;
        return sum;
      });
      return {
        received: resolved + referred + unresolved + pending,
        resolved,
        referred,
        unresolved,
        pending,
      };
    };
    const byCategory: Partial<Record<MediationCategory, MediationOutcomeCounts>> = {};
    mediationCategories.forEach((category, c) => {
      const row = counts(c * O, O, 1);
      if (row.received > 0) byCategory[category] = row; // a missing key means all 0
    });
    return { areaId, month, ...counts(0, O, MEDIATION_CATEGORY_COUNT), byCategory };
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
