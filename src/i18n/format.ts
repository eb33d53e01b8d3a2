import { monthToDate } from '../figures/months';
import { intlTags, type Locale } from './locales';

/** Every number, percentage and month on screen goes through these, for the active locale. */
export interface Formatters {
  number: (n: number, maxFractionDigits?: number) => string;
  percent: (fraction: number, fractionDigits?: number) => string;
  /** A change ratio without sign; the sign is said in words ("Down 12.3%") so it never depends on colour. */
  percentAbs: (fraction: number) => string;
  points: (points: number) => string;
  month: (month: string) => string;
  monthShort: (month: string) => string;
  monthRange: (from: string, to: string) => string;
}

const cache = new Map<Locale, Formatters>();

export function formatters(locale: Locale): Formatters {
  const hit = cache.get(locale);
  if (hit) return hit;
  const tag = intlTags[locale];
  const numberFormats = new Map<number, Intl.NumberFormat>();
  const numberFmt = (digits: number) => {
    let f = numberFormats.get(digits);
    if (!f) {
      f = new Intl.NumberFormat(tag, { maximumFractionDigits: digits });
      numberFormats.set(digits, f);
    }
    return f;
  };
  const pct = (digits: number) =>
    new Intl.NumberFormat(tag, {
      style: 'percent',
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
  const pct1 = pct(1);
  const pct0 = pct(0);
  const pointsFmt = new Intl.NumberFormat(tag, {
    signDisplay: 'exceptZero',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  const monthFmt = new Intl.DateTimeFormat(tag, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const monthShortFmt = new Intl.DateTimeFormat(tag, { month: 'short', year: '2-digit', timeZone: 'UTC' });
  const f: Formatters = {
    number: (n, digits = 0) => numberFmt(digits).format(n),
    percent: (fraction, digits = 1) =>
      (digits === 0 ? pct0 : digits === 1 ? pct1 : pct(digits)).format(fraction),
    percentAbs: (fraction) => pct1.format(Math.abs(fraction)),
    points: (p) => pointsFmt.format(p),
    month: (m) => monthFmt.format(monthToDate(m)),
    monthShort: (m) => monthShortFmt.format(monthToDate(m)),
    monthRange: (from, to) =>
      from === to
        ? monthFmt.format(monthToDate(from))
        : monthFmt.formatRange(monthToDate(from), monthToDate(to)),
  };
  cache.set(locale, f);
  return f;
}
