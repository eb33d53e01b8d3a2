// Calendar helpers on plain integers: months as "YYYY-MM", dates as "YYYY-MM-DD",
// and day numbers (days since 1970-01-01) for date arithmetic.

const MONTH_RE = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(value: string): boolean {
  return MONTH_RE.test(value);
}

/** Months since year 0 (e.g. 2025-01 → 2025*12). Throws on a malformed month. */
export function monthOrdinal(month: string): number {
  const m = MONTH_RE.exec(month);
  if (!m) throw new Error(`Invalid month "${month}", expected YYYY-MM`);
  return Number(m[1]) * 12 + Number(m[2]) - 1;
}

export function monthFromOrdinal(ordinal: number): string {
  const year = Math.floor(ordinal / 12);
  const month = ordinal - year * 12 + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

export function addMonths(month: string, delta: number): string {
  return monthFromOrdinal(monthOrdinal(month) + delta);
}

/** The `count` months ending at `last` (inclusive), ascending. */
export function monthsEndingAt(last: string, count: number): string[] {
  const end = monthOrdinal(last);
  const out: string[] = [];
  for (let o = end - count + 1; o <= end; o++) out.push(monthFromOrdinal(o));
  return out;
}

/** Calendar month number 1–12. */
export function calendarMonth(month: string): number {
  return (monthOrdinal(month) % 12) + 1;
}

export function daysInMonth(month: string): number {
  const o = monthOrdinal(month);
  const year = Math.floor(o / 12);
  const m = (o % 12) + 1;
  if (m === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Days since 1970-01-01 for a civil date (Howard Hinnant's algorithm). */
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function formatDayNumber(days: number): string {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Day number of the first day of a "YYYY-MM" month. */
export function monthStartDay(month: string): number {
  const o = monthOrdinal(month);
  return dayNumber(Math.floor(o / 12), (o % 12) + 1, 1);
}

/** Day number of the last day of a "YYYY-MM" month. */
export function monthEndDay(month: string): number {
  return monthStartDay(month) + daysInMonth(month) - 1;
}

/** "YYYY-MM-DD" for day `day` (1-based) of `month`. */
export function dateInMonth(month: string, day: number): string {
  return `${month}-${String(day).padStart(2, '0')}`;
}

/**
 * The last complete calendar month before `now`, in local time
 * (e.g. any moment in November 2026 → "2026-10").
 */
// The app decides the as-of month the same way (UTC), so the mock's history ends where the app's
// default period does, whatever the browser's time zone.
export { lastCompleteMonth } from '../../src/figures/months';
