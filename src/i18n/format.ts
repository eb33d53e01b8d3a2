import { monthToDate } from '../figures/months';
import { intlTags, type Locale } from './locales';

/** Every number, percentage and month on screen goes through these, for the active locale. */
export interface Formatters {
  number: (n: number, maxFractionDigits?: number) => string;
  /**
   * A figure with exactly `digits` decimals (default 1): rates, hours, averages. Always the same
   * number of decimals so that "29.0" sits beside "28.2", not "29".
   */
  decimal: (n: number, digits?: number) => string;
  percent: (fraction: number, fractionDigits?: number) => string;
  /** A change ratio without sign; the sign is said in words ("Down 12.3%") so it never depends on colour. */
  percentAbs: (fraction: number) => string;
  points: (points: number) => string;
  /** A month in prose: "tháng 1 năm 2026", "January 2026", "janvier 2026". */
  month: (month: string) => string;
  /**
   * A month on a chart axis or in a table: "T1/2026" as Vietnamese reports write it (Intl's own
   * "thg 1 26" is not), "Jan 2026", "janv. 2026". Always the full year, so January reads clearly.
   */
  monthShort: (month: string) => string;
  monthRange: (from: string, to: string) => string;
  /** An instant (RFC 3339) as a date and time of the user's own time zone, e.g. "05/11/2026, 13:00". */
  dateTime: (iso: string) => string;
  /** A calendar day ("YYYY-MM-DD") as written in reports: "01/07/2025". */
  date: (day: string) => string;
}

const cache = new Map<Locale, Formatters>();

export function formatters(locale: Locale): Formatters {
  const hit = cache.get(locale);
  if (hit) return hit;
  const tag = intlTags[locale];
  // Each Intl object is made on first use: making them all at once cost ~9 ms of a language switch.
  const numberFmt = memoBy((digits: number) => new Intl.NumberFormat(tag, { maximumFractionDigits: digits }));
  const pct = memoBy(
    (digits: number) =>
      new Intl.NumberFormat(tag, {
        style: 'percent',
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }),
  );
  const decimalFmt = memoBy(
    (digits: number) =>
      new Intl.NumberFormat(tag, { minimumFractionDigits: digits, maximumFractionDigits: digits }),
  );
  const pointsFmt = lazy(
    () =>
      new Intl.NumberFormat(tag, {
        signDisplay: 'exceptZero',
        minimumFractionDigits: 1,
        maximumFractionDigits: 1,
      }),
  );
  const monthFmt = lazy(
    () => new Intl.DateTimeFormat(tag, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  );
  const monthShortFmt = lazy(
    () => new Intl.DateTimeFormat(tag, { month: 'short', year: 'numeric', timeZone: 'UTC' }),
  );
  const dateTimeFmt = lazy(() => new Intl.DateTimeFormat(tag, { dateStyle: 'short', timeStyle: 'short' }));
  const dayFmt = lazy(
    () =>
      new Intl.DateTimeFormat(tag, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }),
  );
  const f: Formatters = {
    number: (n, digits = 0) => numberFmt(digits).format(n),
    decimal: (n, digits = 1) => decimalFmt(digits).format(n),
    percent: (fraction, digits = 1) => pct(digits).format(fraction),
    percentAbs: (fraction) => pct(1).format(Math.abs(fraction)),
    points: (p) => pointsFmt().format(p),
    month: (m) => monthFmt().format(monthToDate(m)),
    monthShort: (m) => (locale === 'vi' ? vietnameseMonth(m) : monthShortFmt().format(monthToDate(m))),
    monthRange: (from, to) =>
      from === to
        ? monthFmt().format(monthToDate(from))
        : monthFmt().formatRange(monthToDate(from), monthToDate(to)),
    dateTime: (iso) => dateTimeFmt().format(new Date(iso)),
    date: (day) => dayFmt().format(new Date(`${day}T00:00:00Z`)),
  };
  cache.set(locale, f);
  return f;
}

/** "2026-01" → "T1/2026": month number without a leading zero, four-digit year. */
function vietnameseMonth(month: string): string {
  const [year = '', number = ''] = month.split('-');
  return `T${Number(number)}/${year}`;
}

function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

function memoBy<T>(make: (key: number) => T): (key: number) => T {
  const made = new Map<number, T>();
  return (key) => {
    let value = made.get(key);
    if (value === undefined) {
      value = make(key);
      made.set(key, value);
    }
    return value;
  };
}
