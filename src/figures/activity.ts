// Figures of the three activity views (Mediation, Groups, Patrols) beyond the shared ones in
// figures.ts. Same rules: pure functions on API shapes, raw values (fractions, not "12 %"), and
// every share returned as a Ratio so a view can say what it was computed from.

import {
  groupTypes,
  mediationCategories,
  type Area,
  type GroupStat,
  type GroupType,
  type MediationCategory,
  type MediationOutcome,
  type MediationStat,
  type PatrolStat,
} from '../api/schemas';
import {
  change,
  coverage,
  mediationTotals,
  patrolTotals,
  pointsChange,
  priorInData,
  priorRatio,
  ratio,
  resolutionRate,
  rowsIn,
  type Change,
  type MediationTotals,
  type Ratio,
} from './figures';
import { patrollingGroups } from './group-types';
import { addMonths, monthsBetween, priorPeriod, type Month, type Period } from './months';
import { mediationTargetMet, type Targets } from './targets';

/** a / b, or null when there is nothing to divide by (no patrols, no groups). */
export function perUnit(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

/** A one-month period, to reuse the period totals of figures.ts month by month. */
function only(month: Month): Period {
  return { from: month, to: month };
}

/** The months of the period, each with the same calendar month a year earlier. */
function monthPairs(period: Period): Array<{ month: Month; priorMonth: Month }> {
  return monthsBetween(period.from, period.to).map((month) => ({ month, priorMonth: addMonths(month, -12) }));
}

// ------------------------------------------------------------------------------------------------
// Mediation

export type MonthlyRate = {
  month: Month;
  priorMonth: Month;
  current: Ratio;
  prior: Ratio;
  /** current − prior in the rates' unit (0.05 = +5 points); null when either month has no rate. */
  points: number | null;
};

/**
 * The local resolution rate of the cases received in each month of the period, and of the same
 * month a year earlier. A month without closed cases has a null rate (a gap, not 0 %).
 */
export function monthlyResolutionRates(
  items: readonly MediationStat[],
  areaId: string,
  period: Period,
): MonthlyRate[] {
  return monthPairs(period).map((p) => {
    const current = resolutionRate([mediationTotals(items, areaId, only(p.month))]);
    const prior = resolutionRate([mediationTotals(items, areaId, only(p.priorMonth))]);
    return { ...p, current, prior, points: pointsChange(current.value, prior.value) };
  });
}

export type OutcomeCounts = Record<MediationOutcome, number>;
export type MonthlyOutcomes = OutcomeCounts & { month: Month; received: number };

/** Cases received in each month of the period by their current outcome (missing months are 0). */
export function monthlyOutcomes(
  items: readonly MediationStat[],
  areaId: string,
  period: Period,
): MonthlyOutcomes[] {
  return monthsBetween(period.from, period.to).map((month) => ({
    month,
    ...mediationTotals(items, areaId, only(month)),
  }));
}

export type CategoryOutcomes = OutcomeCounts & { category: MediationCategory; received: number; rate: Ratio };

/**
 * The period's cases per category (in contract order) by outcome, from the area's rows'
 * `byCategory` (v1.1; a missing key is all 0). Null when any of those rows lacks `byCategory`
 * (a v1 API): the figure is not provided, never guessed.
 */
export function outcomesByCategory(
  items: readonly MediationStat[],
  areaId: string,
  period: Period,
): CategoryOutcomes[] | null {
  const rows = rowsIn(items, areaId, period);
  if (rows.some((r) => r.byCategory === undefined)) return null;
  return mediationCategories.map((category) => {
    const counts: OutcomeCounts = { resolved: 0, referred: 0, unresolved: 0, pending: 0 };
    for (const r of rows) {
      const c = r.byCategory?.[category];
      if (!c) continue;
      counts.resolved += c.resolved;
      counts.referred += c.referred;
      counts.unresolved += c.unresolved;
      counts.pending += c.pending;
    }
    const received = counts.resolved + counts.referred + counts.unresolved + counts.pending;
    return { category, ...counts, received, rate: resolutionRate([counts]) };
  });
}

export type AreaMediationRow = {
  area: Area;
  current: MediationTotals;
  rate: Ratio;
  priorRate: Ratio;
  /** Change of the rate in its own unit (0.05 = +5 points); null without closed cases on either side. */
  points: number | null;
  targetMet: boolean | null;
};

/** Each child area's resolution rate over the period, against a year earlier and the target. */
export function mediationByArea(
  items: readonly MediationStat[],
  children: readonly Area[],
  period: Period,
  targets: Targets,
): AreaMediationRow[] {
  const prior = priorPeriod(period);
  return children.map((area) => {
    const current = mediationTotals(items, area.id, period);
    const rate = resolutionRate([current]);
    const priorRate = priorRatio(period, resolutionRate([mediationTotals(items, area.id, prior)]));
    return {
      area,
      current,
      rate,
      priorRate,
      points: pointsChange(rate.value, priorRate.value),
      targetMet: mediationTargetMet(rate, targets),
    };
  });
}

export type MediationSummary = {
  received: Change;
  current: MediationTotals;
  prior: MediationTotals;
  rate: Ratio;
  priorRate: Ratio;
  points: number | null;
  targetMet: boolean | null;
  /** Cases of the period still open, out of all received. */
  pendingShare: Ratio;
};

export function mediationSummary(
  items: readonly MediationStat[],
  areaId: string,
  period: Period,
  targets: Targets,
): MediationSummary {
  const current = mediationTotals(items, areaId, period);
  const prior = mediationTotals(items, areaId, priorPeriod(period));
  const rate = resolutionRate([current]);
  const priorRate = priorRatio(period, resolutionRate([prior]));
  return {
    received: change(current.received, prior.received, period),
    current,
    prior,
    rate,
    priorRate,
    points: pointsChange(rate.value, priorRate.value),
    targetMet: mediationTargetMet(rate, targets),
    pendingShare: ratio(current.pending, current.received),
  };
}

// ------------------------------------------------------------------------------------------------
// Groups (a snapshot: the period does not apply)

export type TypeCount = { type: GroupType; count: number; share: Ratio };

/** Active groups per type, most numerous first (ties in contract order); types with none left out. */
export function groupsByType(stat: GroupStat | undefined): TypeCount[] {
  if (!stat) return [];
  return groupTypes
    .map((type) => ({
      type,
      count: stat.byType[type] ?? 0,
      share: ratio(stat.byType[type] ?? 0, stat.activeGroups),
    }))
    .filter((t) => t.count > 0)
    .sort((a, b) => b.count - a.count);
}

export type GroupSummary = {
  active: number;
  inactive: number;
  members: number;
  /** Active groups out of all groups. */
  activeShare: Ratio;
  membersPerGroup: number | null;
  coverage: Ratio;
};

export function groupSummary(stat: GroupStat, area: Area): GroupSummary {
  return {
    active: stat.activeGroups,
    inactive: stat.inactiveGroups,
    members: stat.members,
    activeShare: ratio(stat.activeGroups, stat.activeGroups + stat.inactiveGroups),
    membersPerGroup: perUnit(stat.members, stat.activeGroups),
    coverage: coverage(stat.coveredResidentialAreas, area.residentialAreas),
  };
}

export type AreaCoverageRow = {
  area: Area;
  /** null when the API sent no row for the area: unknown, not zero. */
  summary: GroupSummary | null;
};

export function coverageByArea(stats: readonly GroupStat[], children: readonly Area[]): AreaCoverageRow[] {
  const byId = new Map(stats.map((s) => [s.areaId, s]));
  return children.map((area) => {
    const stat = byId.get(area.id);
    return { area, summary: stat ? groupSummary(stat, area) : null };
  });
}

// ------------------------------------------------------------------------------------------------
// Patrols

export type MonthlyPatrols = {
  month: Month;
  priorMonth: Month;
  patrols: number;
  priorPatrols: number;
  hours: number;
  priorHours: number;
  findingsPerPatrol: number | null;
  priorFindingsPerPatrol: number | null;
};

export function monthlyPatrols(
  items: readonly PatrolStat[],
  areaId: string,
  period: Period,
): MonthlyPatrols[] {
  return monthPairs(period).map((p) => {
    const now = patrolTotals(items, areaId, only(p.month));
    const before = patrolTotals(items, areaId, only(p.priorMonth));
    return {
      ...p,
      patrols: now.patrols,
      priorPatrols: before.patrols,
      hours: now.patrolHours,
      priorHours: before.patrolHours,
      findingsPerPatrol: perUnit(now.findings, now.patrols),
      priorFindingsPerPatrol: perUnit(before.findings, before.patrols),
    };
  });
}

export type PatrolActivity = {
  patrols: Change;
  hours: Change;
  findings: Change;
  findingsPerPatrol: { current: number | null; prior: number | null };
  /** Active groups of the types that patrol (PATROLLING_GROUP_TYPES), now: the API has no history of groups. */
  patrollingGroups: number | null;
  /** Patrols of the period per patrolling group. */
  patrolsPerGroup: number | null;
};

export function patrolActivity(
  items: readonly PatrolStat[],
  areaId: string,
  period: Period,
  groups: GroupStat | undefined,
): PatrolActivity {
  const now = patrolTotals(items, areaId, period);
  const before = patrolTotals(items, areaId, priorPeriod(period));
  const stat = groups?.areaId === areaId ? groups : undefined;
  return {
    patrols: change(now.patrols, before.patrols, period),
    hours: change(now.patrolHours, before.patrolHours, period),
    findings: change(now.findings, before.findings, period),
    findingsPerPatrol: {
      current: perUnit(now.findings, now.patrols),
      prior: priorInData(period) ? perUnit(before.findings, before.patrols) : null,
    },
    patrollingGroups: stat ? patrollingGroups(stat) : null,
    patrolsPerGroup: stat ? perUnit(now.patrols, patrollingGroups(stat)) : null,
  };
}

export type AreaPatrolRow = { area: Area } & PatrolActivity;

/** Each child area's patrol activity; `groups` holds /stats/groups rows at the children's level. */
export function patrolsByArea(
  items: readonly PatrolStat[],
  groups: readonly GroupStat[],
  children: readonly Area[],
  period: Period,
): AreaPatrolRow[] {
  const byId = new Map(groups.map((g) => [g.areaId, g]));
  return children.map((area) => ({ area, ...patrolActivity(items, area.id, period, byId.get(area.id)) }));
}

export type ShiftShare = { total: number; day: Ratio; night: Ratio };

/** Day and night patrols as shares of all patrols (null shares when there were none). */
export function shiftShare(day: number, night: number): ShiftShare {
  const total = day + night;
  return { total, day: ratio(day, total), night: ratio(night, total) };
}

/**
 * The period's day / night split of the area's patrols, from `dayPatrols` / `nightPatrols` (v1.1).
 * Null when any of the area's rows lacks them (a v1 API): not provided, never guessed.
 */
export function patrolShiftShare(
  items: readonly PatrolStat[],
  areaId: string,
  period: Period,
): ShiftShare | null {
  const rows = rowsIn(items, areaId, period);
  let day = 0;
  let night = 0;
  for (const r of rows) {
    if (r.dayPatrols === undefined || r.nightPatrols === undefined) return null;
    day += r.dayPatrols;
    night += r.nightPatrols;
  }
  return shiftShare(day, night);
}
