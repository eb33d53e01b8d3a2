// Reporting completeness (GET /stats/reporting): of the wards under an area, how many submitted
// their monthly report. A ward-month without a report has no incident rows and counts as 0, so
// every figure over such a month says so, and a change over it is not read as a trend.
import type { ReportingStat } from '../api/schemas';
import type { Change } from './figures';
import { compareMonths, inPeriod, type Month, type Period } from './months';

/** A month in which not every ward of the area reported. */
export type ReportingGap = { month: Month; wards: number; reported: number };

/** The gaps of an area in the period shown and in its comparison period, oldest first. */
export type Completeness = { period: ReportingGap[]; prior: ReportingGap[] };

function gapsIn(items: readonly ReportingStat[], areaId: string, p: Period): ReportingGap[] {
  return items
    .filter((r) => r.areaId === areaId && r.reported < r.wards && inPeriod(r.month, p))
    .map(({ month, wards, reported }) => ({ month, wards, reported }))
    .sort((a, b) => compareMonths(a.month, b.month));
}

/**
 * The area's months with missing reports. A month with no reporting row says nothing about
 * reporting, so it is never claimed complete or incomplete: only stated gaps are listed.
 */
export function reportingCompleteness(
  items: readonly ReportingStat[],
  areaId: string,
  period: Period,
  prior: Period,
): Completeness {
  return { period: gapsIn(items, areaId, period), prior: gapsIn(items, areaId, prior) };
}

export function hasGaps(c: Completeness | null | undefined): boolean {
  return c !== null && c !== undefined && c.period.length + c.prior.length > 0;
}

/** The change marked as computed over incomplete months when either period has a gap. */
export function withReportingGaps(change: Change, c: Completeness | null | undefined): Change {
  return hasGaps(c) ? { ...change, incompleteReports: true } : change;
}

/**
 * The ids of the areas (rows of a ranking, or wards at ward level) with a gap in either period,
 * from rows at their level.
 */
export function areasWithGaps(items: readonly ReportingStat[], period: Period, prior: Period): Set<string> {
  return new Set(
    items
      .filter((r) => r.reported < r.wards && (inPeriod(r.month, period) || inPeriod(r.month, prior)))
      .map((r) => r.areaId),
  );
}

/**
 * The ranking with the change of each row that has a gap marked, and the totals row's when any
 * row has one (the totals add them up).
 */
export function markRankingGaps<R extends { id: string; incidents: Change }, T extends { incidents: Change }>(
  rows: readonly R[],
  totals: T | null,
  ids: ReadonlySet<string>,
): { rows: R[]; totals: T | null } {
  const mark = <X extends { incidents: Change }>(x: X): X => ({
    ...x,
    incidents: { ...x.incidents, incompleteReports: true },
  });
  return {
    rows: rows.map((r) => (ids.has(r.id) ? mark(r) : r)),
    totals: totals && rows.some((r) => ids.has(r.id)) ? mark(totals) : totals,
  };
}

/** Per month of `months`, the ids of the wards (rows at ward level) that did not report. */
export function unreportedWards(
  items: readonly ReportingStat[],
  months: readonly Month[],
): Map<Month, string[]> {
  const out = new Map<Month, string[]>(months.map((m) => [m, []]));
  for (const r of items) if (r.reported < r.wards) out.get(r.month)?.push(r.areaId);
  return out;
}
