// "Usual range" of a monthly figure: what the same calendar month looked like in earlier years.
// Comparing October with earlier Octobers (not with September) keeps seasonality out of the
// judgement, so a flag means "unusual for this time of year", not "different from last month".

import { addMonths, compareMonths, parseMonth, type Month, type Period } from './months';

export type MonthValue = { month: Month; value: number };

/** A contiguous monthly series: values[i] belongs to month from + i. */
export type MonthlyValues = { from: Month; values: readonly number[] };

export type UsualRangeHistory = readonly MonthValue[] | MonthlyValues;

export type UsualRange = {
  mean: number;
  /** Sample standard deviation (n − 1): the years are a sample of what the month can look like. */
  sd: number;
  /** mean − 2 sd, never below 0 (the figures are counts or rates). */
  low: number;
  high: number;
  /** The earlier years the range rests on, oldest first. */
  years: number[];
};

export type UsualRangeFlag = 'high' | 'low';

/** Fewer earlier years than this and there is no "usual" to speak of. */
export const MIN_EARLIER_YEARS = 2;

function toPoints(history: UsualRangeHistory): MonthValue[] {
  if ('from' in history)
    return history.values.map((value, i) => ({ month: addMonths(history.from, i), value }));
  return [...history];
}

/**
 * The mean ± 2 standard deviations of `month`'s calendar month in the years before `month`'s year.
 *
 * A month with no point counts as 0 when it lies inside the data range (the API leaves out months
 * with nothing in them) and is skipped outside it (no data is not the same as zero). The data range
 * is `options.dataRange` when given — pass it when the API may have left out zero months at the
 * edges — otherwise the first to the last month of `history`. Null with fewer than 2 earlier years.
 */
export function usualRange(
  history: UsualRangeHistory,
  month: Month,
  options: { dataRange?: Period } = {},
): UsualRange | null {
  const points = toPoints(history);
  let range = options.dataRange;
  if (!range) {
    const first = points[0];
    if (!first) return null;
    let from = first.month;
    let to = from;
    for (const p of points) {
      if (compareMonths(p.month, from) < 0) from = p.month;
      if (compareMonths(p.month, to) > 0) to = p.month;
    }
    range = { from, to };
  }

  const byMonth = new Map<Month, number>();
  for (const p of points) byMonth.set(p.month, (byMonth.get(p.month) ?? 0) + p.value);

  const { year } = parseMonth(month);
  const firstYear = parseMonth(range.from).year;
  const years: number[] = [];
  const values: number[] = [];
  for (let back = year - firstYear; back >= 1; back--) {
    const m = addMonths(month, -12 * back);
    if (compareMonths(m, range.from) < 0 || compareMonths(m, range.to) > 0) continue;
    years.push(year - back);
    values.push(byMonth.get(m) ?? 0);
  }
  if (values.length < MIN_EARLIER_YEARS) return null;

  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const variance = values.reduce((a, v) => a + (v - mean) ** 2, 0) / (values.length - 1);
  const sd = Math.sqrt(variance);
  return { mean, sd, low: Math.max(0, mean - 2 * sd), high: mean + 2 * sd, years };
}

/** Whether a value lies above or below its usual range; null inside it or when there is no range. */
export function usualRangeFlag(value: number | null, range: UsualRange | null): UsualRangeFlag | null {
  if (range === null || value === null) return null;
  if (value > range.high) return 'high';
  if (value < range.low) return 'low';
  return null;
}

/** How many earlier years the views fetch for a usual range: enough for a spread, still one request. */
export const USUAL_RANGE_YEARS = 5;

/** The first month to fetch so every month of the period has up to USUAL_RANGE_YEARS earlier years. */
export function usualRangeHistoryFrom(period: Period): Month {
  return addMonths(period.from, -12 * USUAL_RANGE_YEARS);
}

/**
 * The data range to pass to usualRange for rows fetched from usualRangeHistoryFrom(period): from
 * the later of that month and the API's first month of data. Undefined while the first month is
 * unknown (usualRange then starts at the earliest row, which is never before the fetch).
 */
export function usualRangeDataRange(period: Period, firstDataMonth: Month | null): Period | undefined {
  if (firstDataMonth === null) return undefined;
  const fetched = usualRangeHistoryFrom(period);
  return { from: compareMonths(firstDataMonth, fetched) > 0 ? firstDataMonth : fetched, to: period.to };
}
