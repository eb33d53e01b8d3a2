// The Incidents view's figures, from /stats/incidents rows: monthly counts by category against the
// same months a year earlier, the change per category, the child areas whose incidents rose or fell
// most, and a child-area × month heat table with usual-range flags.
//
// The API leaves out months without incidents and categories with none, so a missing month or
// byCategory key counts as 0. With a `focus` category every count is that category's; without it,
// counts are the API's `total` (which may exceed the sum of byCategory when a category is unrecorded).

import { incidentCategories, type IncidentCategory, type IncidentStat } from '../api/schemas';
import { change, type Change } from './figures';
import { addMonths, compareMonths, monthsBetween, priorPeriod, type Month, type Period } from './months';
import { usualRange, usualRangeFlag, type UsualRange, type UsualRangeFlag } from './usual-range';

/** An area as the figures need it: the tree gives every child, including those without rows. */
export type AreaRef = { id: string; name: string };

type CategoryCounts = Record<IncidentCategory, number>;

/** One month of the stacked chart: a key per category plus both totals, ready to plot. */
export type CategoryMonthRow = CategoryCounts & {
  month: Month;
  priorMonth: Month;
  /** The month's incidents (of the focus category when there is one). */
  total: number;
  /** The same calendar month a year earlier. */
  priorTotal: number;
};

export type CategoryChange = { category: IncidentCategory; change: Change };

export type AreaChange = { area: AreaRef; change: Change };

export type HeatCell = {
  month: Month;
  count: number;
  /** count / the largest count in the table: 0..1, for shading only (the number is always shown). */
  intensity: number;
  /** Usual range of this calendar month in earlier years; null with too little history. */
  range: UsualRange | null;
  flag: UsualRangeFlag | null;
};

export type HeatRow = { area: AreaRef; cells: HeatCell[]; total: number };

export type HeatTable = { months: Month[]; rows: HeatRow[]; max: number };

/** Counts of one row: the focus category's, or the API total. */
function countOf(row: IncidentStat, focus: IncidentCategory | undefined): number {
  return focus ? (row.byCategory[focus] ?? 0) : row.total;
}

function zeroCounts(): CategoryCounts {
  return Object.fromEntries(incidentCategories.map((c) => [c, 0])) as CategoryCounts;
}

/** areaId → month → row, several rows for one area-month added up (tolerates a repeating API). */
function indexRows(items: readonly IncidentStat[]): Map<string, Map<Month, IncidentStat>> {
  const byArea = new Map<string, Map<Month, IncidentStat>>();
  for (const row of items) {
    let months = byArea.get(row.areaId);
    if (!months) byArea.set(row.areaId, (months = new Map()));
    const seen = months.get(row.month);
    if (!seen) {
      months.set(row.month, row);
      continue;
    }
    const byCategory: IncidentStat['byCategory'] = {};
    for (const c of incidentCategories) {
      const sum = (seen.byCategory[c] ?? 0) + (row.byCategory[c] ?? 0);
      if (sum > 0) byCategory[c] = sum;
    }
    months.set(row.month, { ...row, total: seen.total + row.total, byCategory });
  }
  return byArea;
}

function sumMonths(
  rows: ReadonlyMap<Month, IncidentStat> | undefined,
  months: readonly Month[],
  focus: IncidentCategory | undefined,
): number {
  if (!rows) return 0;
  let sum = 0;
  for (const m of months) {
    const row = rows.get(m);
    if (row) sum += countOf(row, focus);
  }
  return sum;
}

/**
 * One row per month of the period with the count per category (only the focus category's when
 * given, the others 0) and the month's total next to the same month a year earlier.
 */
export function monthlyByCategory(
  items: readonly IncidentStat[],
  areaId: string,
  period: Period,
  focus?: IncidentCategory,
): CategoryMonthRow[] {
  const rows = indexRows(items).get(areaId);
  return monthsBetween(period.from, period.to).map((month) => {
    const priorMonth = addMonths(month, -12);
    const row = rows?.get(month);
    const prior = rows?.get(priorMonth);
    const counts = zeroCounts();
    if (row) {
      for (const c of incidentCategories) if (!focus || c === focus) counts[c] = row.byCategory[c] ?? 0;
    }
    return {
      ...counts,
      month,
      priorMonth,
      total: row ? countOf(row, focus) : 0,
      priorTotal: prior ? countOf(prior, focus) : 0,
    };
  });
}

/** Change per category over the period against the same months a year earlier, plus the total. */
export function categoryChanges(
  items: readonly IncidentStat[],
  areaId: string,
  period: Period,
): { categories: CategoryChange[]; total: Change } {
  const rows = indexRows(items).get(areaId);
  const months = monthsBetween(period.from, period.to);
  const prior = priorPeriod(period);
  const priorMonths = monthsBetween(prior.from, prior.to);
  return {
    categories: incidentCategories.map((category) => ({
      category,
      change: change(sumMonths(rows, months, category), sumMonths(rows, priorMonths, category), period),
    })),
    total: change(sumMonths(rows, months, undefined), sumMonths(rows, priorMonths, undefined), period),
  };
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

function byName(a: AreaRef, b: AreaRef): number {
  return collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Each child area's incidents over the period against the same months a year earlier. */
export function childChanges(
  items: readonly IncidentStat[],
  children: readonly AreaRef[],
  period: Period,
  focus?: IncidentCategory,
): AreaChange[] {
  const index = indexRows(items);
  const months = monthsBetween(period.from, period.to);
  const prior = priorPeriod(period);
  const priorMonths = monthsBetween(prior.from, prior.to);
  return children.map((area) => {
    const rows = index.get(area.id);
    return {
      area,
      change: change(sumMonths(rows, months, focus), sumMonths(rows, priorMonths, focus), period),
    };
  });
}

/**
 * The `limit` areas with the largest rise and the largest fall, ranked by the change in count (not
 * by percentage, which a small base blows up); ties by name. Areas without change are in neither.
 */
export function largestMoves(
  changes: readonly AreaChange[],
  limit: number,
): { rises: AreaChange[]; falls: AreaChange[] } {
  const rises = changes
    .filter((c) => c.change.delta > 0)
    .sort((a, b) => b.change.delta - a.change.delta || byName(a.area, b.area));
  const falls = changes
    .filter((c) => c.change.delta < 0)
    .sort((a, b) => a.change.delta - b.change.delta || byName(a.area, b.area));
  return { rises: rises.slice(0, limit), falls: falls.slice(0, limit) };
}

/**
 * Child area × month counts for the period, in the children's order. `history` is the range the
 * rows cover (the API's data range): inside it a missing month is 0 and the usual range of a
 * month rests on the same calendar month in the earlier years of it.
 */
export function heatTable(
  items: readonly IncidentStat[],
  children: readonly AreaRef[],
  period: Period,
  history: Period,
  focus?: IncidentCategory,
): HeatTable {
  const index = indexRows(items);
  const months = monthsBetween(period.from, period.to);
  const historyMonths = monthsBetween(history.from, history.to);
  const counted = children.map((area) => {
    const rows = index.get(area.id);
    const values = historyMonths.map((m) => {
      const row = rows?.get(m);
      return row ? countOf(row, focus) : 0;
    });
    const counts = months.map((m) => {
      const row = rows?.get(m);
      return row ? countOf(row, focus) : 0;
    });
    return { area, values, counts };
  });
  let max = 0;
  for (const r of counted) for (const n of r.counts) if (n > max) max = n;
  const position = new Map(historyMonths.map((m, i) => [m, i]));
  const rows = counted.map(({ area, values, counts }) => {
    const cells = months.map((month, i) => {
      const count = counts[i] ?? 0;
      const range = usualRange(sameMonthEarlier(month, history, values, position), month, {
        dataRange: history,
      });
      return {
        month,
        count,
        intensity: max === 0 ? 0 : count / max,
        range,
        flag: usualRangeFlag(count, range),
      };
    });
    return { area, cells, total: counts.reduce((a, b) => a + b, 0) };
  });
  return { months, rows, max };
}

/**
 * The same calendar month in the earlier years of the history: all usualRange reads, so passing
 * only these points (rather than the whole series) gives the same range for a fraction of the work
 * on a table of a hundred or more areas.
 */
function sameMonthEarlier(
  month: Month,
  history: Period,
  values: readonly number[],
  position: ReadonlyMap<Month, number>,
): { month: Month; value: number }[] {
  const points: { month: Month; value: number }[] = [];
  for (let m = addMonths(month, -12); compareMonths(m, history.from) >= 0; m = addMonths(m, -12)) {
    const i = position.get(m);
    if (i !== undefined) points.push({ month: m, value: values[i] ?? 0 });
  }
  return points;
}
