// Calendar arithmetic on "YYYY-MM" months. Months are plain strings because that is how the API
// sends them and how they sit in URLs; all arithmetic goes through a month index (year * 12 +
// month - 1) so year boundaries need no special cases. Everything is UTC: a month is a label,
// not an instant, and the viewer's time zone must not shift it.

/** A calendar month "YYYY-MM". */
export type Month = string;

/** An inclusive range of months. */
/**
 * Months from `from` to `to`, both included. `dataFrom`, when known, is the first month the data
 * covers: a comparison period reaching before it has no data there, which is not the same as zero.
 */
export type Period = { from: Month; to: Month; dataFrom?: Month };

// Same pattern as monthString in src/api/schemas.ts, so anything the API accepts parses here.
const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(s: string): s is Month {
  return MONTH_PATTERN.test(s);
}

/** Splits a month into its year and 1-based month; throws RangeError on anything else. */
export function parseMonth(m: Month): { year: number; month: number } {
  const match = MONTH_PATTERN.exec(m);
  if (!match) throw new RangeError(`expected a month "YYYY-MM", got ${JSON.stringify(m)}`);
  return { year: Number(match[1]), month: Number(match[2]) };
}

function toIndex(m: Month): number {
  const { year, month } = parseMonth(m);
  return year * 12 + month - 1;
}

function fromIndex(index: number): Month {
  const year = Math.floor(index / 12);
  // Years outside 0000–9999 cannot be written as "YYYY" and would not round-trip.
  if (year < 0 || year > 9999) throw new RangeError(`month out of range (year ${year})`);
  const month = index - year * 12 + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

export function addMonths(m: Month, n: number): Month {
  if (!Number.isInteger(n)) throw new RangeError(`addMonths needs a whole number of months, got ${n}`);
  return fromIndex(toIndex(m) + n);
}

/** Negative when a is earlier than b, 0 when equal, positive when later (usable with Array.sort). */
export function compareMonths(a: Month, b: Month): number {
  return Math.sign(toIndex(a) - toIndex(b));
}

/** Every month from `from` to `to`, both included; [] when from is after to. */
export function monthsBetween(from: Month, to: Month): Month[] {
  const start = toIndex(from);
  const end = toIndex(to);
  const months: Month[] = [];
  for (let i = start; i <= end; i++) months.push(fromIndex(i));
  return months;
}

/** Number of months in the period, both ends included; 0 when from is after to. */
export function periodLength(p: Period): number {
  return Math.max(0, toIndex(p.to) - toIndex(p.from) + 1);
}

export function inPeriod(m: Month, p: Period): boolean {
  const i = toIndex(m);
  return i >= toIndex(p.from) && i <= toIndex(p.to);
}

/** The comparison period: the same months one year earlier (so seasonality cancels out). */
export function priorPeriod(p: Period): Period {
  const prior = { from: addMonths(p.from, -12), to: addMonths(p.to, -12) };
  return p.dataFrom === undefined ? prior : { ...prior, dataFrom: p.dataFrom };
}

/**
 * The month before `now`'s month, in UTC. Monthly stats for the running month are still being
 * filled in, so default periods end here rather than at the current month.
 */
export function lastCompleteMonth(now: Date): Month {
  return fromIndex(now.getUTCFullYear() * 12 + now.getUTCMonth() - 1);
}

/** January of asOf's year through asOf. */
export function yearToDate(asOf: Month): Period {
  const { year } = parseMonth(asOf);
  return { from: fromIndex(year * 12), to: asOf };
}

/** The twelve months ending with asOf. */
export function last12Months(asOf: Month): Period {
  return { from: addMonths(asOf, -11), to: asOf };
}

export function calendarYear(year: number): Period {
  if (!Number.isInteger(year)) throw new RangeError(`expected a whole year, got ${year}`);
  return { from: fromIndex(year * 12), to: fromIndex(year * 12 + 11) };
}

/**
 * Calendar years lying wholly inside [firstMonth, lastMonth], newest first. Only these are offered
 * as "year" presets: a partial year would be compared with a full one a year earlier.
 */
export function fullYearsIn(firstMonth: Month, lastMonth: Month): number[] {
  const first = toIndex(firstMonth);
  const last = toIndex(lastMonth);
  const years: number[] = [];
  for (let year = Math.floor(last / 12); year * 12 >= first; year--) {
    if (year * 12 + 11 <= last) years.push(year);
  }
  return years;
}

/**
 * The part of `p` that lies inside `bounds` (e.g. the months the API has data for), or null when
 * they do not overlap — an empty period is not silently widened to some other month.
 */
export function clampPeriod(p: Period, bounds: Period): Period | null {
  const from = Math.max(toIndex(p.from), toIndex(bounds.from));
  const to = Math.min(toIndex(p.to), toIndex(bounds.to));
  return from <= to ? { from: fromIndex(from), to: fromIndex(to) } : null;
}

/** Midnight UTC on the month's first day, for Intl.DateTimeFormat (format it with timeZone: 'UTC'). */
export function monthToDate(m: Month): Date {
  const { year, month } = parseMonth(m);
  const date = new Date(0);
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not.
  date.setUTCFullYear(year, month - 1, 1);
  return date;
}
