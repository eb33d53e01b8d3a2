// Every derived figure the dashboard shows is computed here, so that the same number cannot be
// worked out two different ways in two views. Pure functions on API shapes: no React, no
// formatting (values stay raw — fractions, not "12 %" — and Intl formats them at the edge).
//
// The functions take an areaId and a period rather than pre-filtered rows because the stats
// endpoints may return rows for other areas or months (and may leave out zero-incident months);
// filtering in one place keeps the per-area ranking table and the Overview consistent.

import { securityOrderGroups } from './group-types';
import {
  incidentCategories,
  type Area,
  type GroupStat,
  type IncidentCategory,
  type IncidentStat,
  type MediationStat,
  type PatrolStat,
} from '../api/schemas';
import { addMonths, compareMonths, monthsBetween, priorPeriod, type Month, type Period } from './months';

/** A share with what it was computed from, so a view can show "12 of 40" next to "30 %". */
export type Ratio = { numerator: number; denominator: number; value: number | null };

export type Change = {
  current: number;
  prior: number;
  delta: number;
  /** (current − prior) / prior; null when prior is 0 (there is no percentage change from nothing). */
  ratio: number | null;
  /** prior < SMALL_BASE: show as "small numbers", never coloured as a trend. */
  smallBase: boolean;
  /**
   * Either period includes ward-months with no report (counted as 0): like small numbers, the
   * change is shown but never coloured as a trend. Set by withReportingGaps (src/figures/reporting).
   */
  incompleteReports?: true;
  /**
   * The comparison period begins before the data does (its first month, `dataFrom`): the prior
   * figure is not known, so there is no change to state, only "no data a year earlier".
   */
  priorBeforeData?: Month;
  direction: 'up' | 'down' | 'flat';
};

/** Below this many in the comparison period, a percentage change is mostly noise. */
export const SMALL_BASE = 10;

/**
 * Changes are shown with one decimal: a ratio as "12.3 %", a rate's change as "+1.2 points" (both
 * are fractions × 100). Below this size either one reads "0.0", and a "0.0" in red with ▼ would
 * state a trend the reader cannot see, so it is flat. Intl rounds half away from zero, so exactly
 * half a step (0.0005) still shows as 0.1 and keeps its direction.
 */
export const SHOWN_ZERO = 0.0005;

/** Whether a fraction shows as 0.0 at the one-decimal percentage (or points) precision. */
export function roundsToZero(fraction: number): boolean {
  return Math.abs(fraction) < SHOWN_ZERO;
}

/** Residents per which incident rates are expressed. */
export const RATE_PER = 10_000;

type MonthlyRow = { areaId: string; month: string };

export function ratio(numerator: number, denominator: number): Ratio {
  return { numerator, denominator, value: denominator === 0 ? null : numerator / denominator };
}

/**
 * Whether the period's comparison period lies inside the data: false when it begins before the
 * data's first month, whose figures are then unknown (not zero, and not a part-year rate).
 */
export function priorInData(period: Period): boolean {
  return period.dataFrom === undefined || compareMonths(addMonths(period.from, -12), period.dataFrom) >= 0;
}

/** A prior rate, or none when the comparison period is not inside the data. */
export function priorRatio(period: Period, r: Ratio): Ratio {
  return priorInData(period) ? r : { numerator: 0, denominator: 0, value: null };
}

export function change(current: number, prior: number, period?: Period): Change {
  const delta = current - prior;
  const dataFrom = period?.dataFrom;
  if (period && dataFrom !== undefined && !priorInData(period))
    return {
      current,
      prior,
      delta,
      ratio: null,
      smallBase: false,
      priorBeforeData: dataFrom,
      direction: 'flat',
    };
  const r = prior === 0 ? null : delta / prior;
  return {
    current,
    prior,
    delta,
    ratio: r,
    smallBase: prior < SMALL_BASE,
    // The count may still have moved (delta ≠ 0): the cells show it, the words say "about the same".
    direction: delta === 0 || (r !== null && roundsToZero(r)) ? 'flat' : delta > 0 ? 'up' : 'down',
  };
}

/**
 * How a change should be shown. Which way is good depends on the figure (fewer incidents is good
 * news, more patrols is), so the caller says which direction is better; a figure that is neither
 * (patrol findings, disputes received) passes none and is never coloured as good or bad.
 */
export type ChangeTone = 'good' | 'bad' | 'neutral' | 'smallNumbers';

export function changeTone(c: Change, better?: 'up' | 'down'): ChangeTone {
  if (c.priorBeforeData) return 'neutral';
  if (c.smallBase || c.incompleteReports) return 'smallNumbers';
  if (c.direction === 'flat' || better === undefined) return 'neutral';
  return c.direction === better ? 'good' : 'bad';
}

/** A change of a rate in percentage points, as shown: its direction and how to colour it. */
export type PointsShown = { direction: Change['direction']; tone: ChangeTone };

/**
 * How a change in points (a fraction: 0.05 is +5 points) is shown. `priorBase` is the prior rate's
 * denominator: on a small base the change is "small numbers", never coloured as a trend. A change
 * that shows as 0.0 points is flat, like a percentage change that rounds to zero.
 */
export function pointsShown(points: number, priorBase: number, better: 'up' | 'down'): PointsShown {
  const direction = roundsToZero(points) ? 'flat' : points > 0 ? 'up' : 'down';
  const tone: ChangeTone =
    priorBase < SMALL_BASE
      ? 'smallNumbers'
      : direction === 'flat'
        ? 'neutral'
        : direction === better
          ? 'good'
          : 'bad';
  return { direction, tone };
}

/**
 * Difference of two rates in the rates' own unit: for fractions, 0.05 means +5 percentage
 * points. Null when either rate is missing — a change from "no rate" is not a change.
 */
export function pointsChange(current: number | null, prior: number | null): number | null {
  return current === null || prior === null ? null : current - prior;
}

/**
 * One value per month of `months`, in that order. A month with no row is 0 (the API leaves out
 * zero months); several rows for the same area-month are added up.
 */
export function monthlySeries<T extends MonthlyRow>(
  items: readonly T[],
  areaId: string,
  months: readonly Month[],
  pick: (row: T) => number,
): number[] {
  const position = new Map<string, number>();
  months.forEach((m, i) => position.set(m, i));
  const series = months.map(() => 0);
  for (const row of items) {
    if (row.areaId !== areaId) continue;
    const i = position.get(row.month);
    if (i !== undefined) series[i] = (series[i] ?? 0) + pick(row);
  }
  return series;
}

export function sumOver<T extends MonthlyRow>(
  items: readonly T[],
  areaId: string,
  period: Period,
  pick: (row: T) => number,
): number {
  return monthlySeries(items, areaId, monthsBetween(period.from, period.to), pick).reduce((a, b) => a + b, 0);
}

/** The area's rows for the months of the period. */
export function rowsIn<T extends MonthlyRow>(items: readonly T[], areaId: string, period: Period): T[] {
  const months = new Set(monthsBetween(period.from, period.to));
  return items.filter((row) => row.areaId === areaId && months.has(row.month));
}

export type IncidentTotals = { total: number; byCategory: Record<IncidentCategory, number> };

/** `total` is the API's own total, not the sum of byCategory (a category may be unrecorded). */
export function incidentTotals(
  items: readonly IncidentStat[],
  areaId: string,
  period: Period,
): IncidentTotals {
  const byCategory = Object.fromEntries(incidentCategories.map((c) => [c, 0])) as Record<
    IncidentCategory,
    number
  >;
  let total = 0;
  for (const row of rowsIn(items, areaId, period)) {
    total += row.total;
    for (const c of incidentCategories) byCategory[c] += row.byCategory[c] ?? 0;
  }
  return { total, byCategory };
}

export type MediationTotals = Pick<
  MediationStat,
  'received' | 'resolved' | 'referred' | 'unresolved' | 'pending'
>;

export function mediationTotals(
  items: readonly MediationStat[],
  areaId: string,
  period: Period,
): MediationTotals {
  const totals: MediationTotals = { received: 0, resolved: 0, referred: 0, unresolved: 0, pending: 0 };
  for (const row of rowsIn(items, areaId, period)) {
    totals.received += row.received;
    totals.resolved += row.resolved;
    totals.referred += row.referred;
    totals.unresolved += row.unresolved;
    totals.pending += row.pending;
  }
  return totals;
}

/**
 * Share of closed cases settled locally. Pending cases are left out: they have no outcome yet,
 * and counting them would make every recent period look worse than it is.
 */
export function resolutionRate(
  rows: readonly Pick<MediationStat, 'resolved' | 'referred' | 'unresolved'>[],
): Ratio {
  let resolved = 0;
  let closed = 0;
  for (const row of rows) {
    resolved += row.resolved;
    closed += row.resolved + row.referred + row.unresolved;
  }
  return ratio(resolved, closed);
}

/** Incidents per 10,000 residents over the whole period (not annualised). */
export function incidentRate(incidents: number, population: number): number | null {
  return population === 0 ? null : (incidents / population) * RATE_PER;
}

/** Share of residential areas with at least one group. */
export function coverage(covered: number, residentialAreas: number): Ratio {
  return ratio(covered, residentialAreas);
}

export type PatrolTotals = Pick<PatrolStat, 'patrols' | 'participants' | 'patrolHours' | 'findings'>;

export function patrolTotals(items: readonly PatrolStat[], areaId: string, period: Period): PatrolTotals {
  const totals: PatrolTotals = { patrols: 0, participants: 0, patrolHours: 0, findings: 0 };
  for (const row of rowsIn(items, areaId, period)) {
    totals.patrols += row.patrols;
    totals.participants += row.participants;
    totals.patrolHours += row.patrolHours;
    totals.findings += row.findings;
  }
  return totals;
}

export type OverviewInput = {
  areaId: string;
  period: Period;
  area: Area;
  incidents: readonly IncidentStat[];
  mediation: readonly MediationStat[];
  patrols: readonly PatrolStat[];
  groups: GroupStat | undefined;
};

export type MonthlyComparison = { month: Month; priorMonth: Month; current: number; prior: number };

export type OverviewFigures = {
  period: Period;
  priorPeriod: Period;
  incidents: Change;
  incidentRate: { current: number | null; prior: number | null };
  mediationRate: { current: Ratio; prior: Ratio; points: number | null };
  patrols: Change;
  patrolHours: Change;
  /** Active groups of every type; null when there are no group stats for the area: unknown, not zero. */
  activeGroups: number | null;
  /** Of those, the security-and-order groups ("tổ tự quản ANTT"). */
  securityGroups: number | null;
  members: number | null;
  coverage: Ratio | null;
  cameras: number;
  population: number;
  /** Incidents per month of the period next to the same month a year earlier; plot as is. */
  monthly: MonthlyComparison[];
};

export type IncidentsOverview = Pick<OverviewFigures, 'incidents' | 'incidentRate' | 'monthly'>;

/** The incident part of the Overview: total and change, rate per 10,000, and the monthly comparison. */
export function incidentsOverview(
  items: readonly IncidentStat[],
  area: Area,
  period: Period,
): IncidentsOverview {
  const prior = priorPeriod(period);
  const now = incidentTotals(items, area.id, period).total;
  const before = incidentTotals(items, area.id, prior).total;
  // Month i of the period is compared with month i of the prior period: same calendar month.
  const months = monthsBetween(period.from, period.to);
  const priorMonths = months.map((m) => addMonths(m, -12));
  const pickTotal = (row: IncidentStat) => row.total;
  const currentSeries = monthlySeries(items, area.id, months, pickTotal);
  const priorSeries = monthlySeries(items, area.id, priorMonths, pickTotal);
  return {
    incidents: change(now, before, period),
    incidentRate: {
      current: incidentRate(now, area.population),
      prior: priorInData(period) ? incidentRate(before, area.population) : null,
    },
    monthly: months.map((month, i) => ({
      month,
      priorMonth: priorMonths[i] ?? addMonths(month, -12),
      current: currentSeries[i] ?? 0,
      prior: priorSeries[i] ?? 0,
    })),
  };
}

/** The mediation part: resolution rate now and a year earlier, and the change in points. */
export function mediationOverview(
  items: readonly MediationStat[],
  areaId: string,
  period: Period,
): Pick<OverviewFigures, 'mediationRate'> {
  const now = resolutionRate([mediationTotals(items, areaId, period)]);
  const before = priorRatio(period, resolutionRate([mediationTotals(items, areaId, priorPeriod(period))]));
  return { mediationRate: { current: now, prior: before, points: pointsChange(now.value, before.value) } };
}

/** The patrol part: patrols and patrol hours against the same months a year earlier. */
export function patrolsOverview(
  items: readonly PatrolStat[],
  areaId: string,
  period: Period,
): Pick<OverviewFigures, 'patrols' | 'patrolHours'> {
  const now = patrolTotals(items, areaId, period);
  const before = patrolTotals(items, areaId, priorPeriod(period));
  return {
    patrols: change(now.patrols, before.patrols, period),
    patrolHours: change(now.patrolHours, before.patrolHours, period),
  };
}

/** The groups part, a snapshot. A GroupStat for another area is a caller mix-up: treated as missing. */
export function groupsOverview(
  groups: GroupStat | undefined,
  area: Area,
): Pick<OverviewFigures, 'activeGroups' | 'securityGroups' | 'members' | 'coverage'> {
  const own = groups?.areaId === area.id ? groups : undefined;
  return {
    activeGroups: own ? own.activeGroups : null,
    securityGroups: own ? securityOrderGroups(own) : null,
    members: own ? own.members : null,
    coverage: own ? coverage(own.coveredResidentialAreas, area.residentialAreas) : null,
  };
}

/**
 * Everything the Overview shows for one area and period, compared with the same months a year
 * earlier. Population is today's for both periods (the API has no history of it). The parts
 * are exported too, so that a panel can compute only what its own response feeds.
 */
export function overviewFigures(input: OverviewInput): OverviewFigures {
  const { areaId, period, area } = input;
  const scoped = area.id === areaId ? area : { ...area, id: areaId };
  return {
    period,
    priorPeriod: priorPeriod(period),
    ...incidentsOverview(input.incidents, scoped, period),
    ...mediationOverview(input.mediation, areaId, period),
    ...patrolsOverview(input.patrols, areaId, period),
    ...groupsOverview(input.groups, scoped),
    cameras: area.cameras,
    population: area.population,
  };
}

/** Households per which camera density is expressed. */
export const CAMERAS_PER = 1_000;

/** Security cameras per 1,000 households; null without households. */
export function camerasPerHouseholds(cameras: number, households: number): number | null {
  return households === 0 ? null : (cameras / households) * CAMERAS_PER;
}
