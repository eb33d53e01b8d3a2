import { z } from 'zod';
import {
  calendarYear,
  clampPeriod,
  compareMonths,
  isMonth,
  last12Months,
  yearToDate,
  type Month,
  type Period,
} from '../figures/months';
import { locales } from '../i18n/locales';

/**
 * The period as it stands in the URL: a preset that stays relative to the data's as-of month
 * ("ytd", "12m"), a calendar year ("2025") or a fixed range ("2024-03..2025-02").
 */
export type PeriodSpec =
  | { kind: 'ytd' }
  | { kind: '12m' }
  | { kind: 'year'; year: number }
  | { kind: 'range'; from: Month; to: Month };

export const DEFAULT_PERIOD = '12m';

export function parsePeriodSpec(raw: string): PeriodSpec | null {
  if (raw === 'ytd') return { kind: 'ytd' };
  if (raw === '12m') return { kind: '12m' };
  if (/^\d{4}$/.test(raw)) return { kind: 'year', year: Number(raw) };
  const [from, to, extra] = raw.split('..');
  if (from && to && extra === undefined && isMonth(from) && isMonth(to) && compareMonths(from, to) <= 0)
    return { kind: 'range', from, to };
  return null;
}

export function formatPeriodSpec(spec: PeriodSpec): string {
  switch (spec.kind) {
    case 'ytd':
    case '12m':
      return spec.kind;
    case 'year':
      return String(spec.year);
    case 'range':
      return `${spec.from}..${spec.to}`;
  }
}

/**
 * How the period shown differs from the one asked for: 'clipped' when part of it lay outside the
 * data's months (only the months with data are shown), 'outside' when none of it did (the default
 * period is shown instead). null when it is shown as asked.
 */
export type PeriodNote = 'clipped' | 'outside' | null;

export type ResolvedPeriod = { period: Period; note: PeriodNote };

function asked(spec: PeriodSpec, dataTo: Month): Period {
  switch (spec.kind) {
    case 'ytd':
      return yearToDate(dataTo);
    case '12m':
      return last12Months(dataTo);
    case 'year':
      return calendarYear(spec.year);
    case 'range':
      return { from: spec.from, to: spec.to };
  }
}

/**
 * The months a period spec stands for, bounded by the data's range (dataFrom … dataTo): presets
 * end at dataTo, and no month outside the data is ever shown (it would count as 0). Bounding here,
 * at parse time, also keeps an absurd link (0001-01..9999-12) from building 120,000 months.
 */
export function resolvePeriod(spec: PeriodSpec, data: Period): ResolvedPeriod {
  const want = asked(spec, data.to);
  const clipped = clampPeriod(want, data);
  if (clipped === null) {
    const fallback = clampPeriod(last12Months(data.to), data) ?? data;
    return { period: { from: fallback.from, to: fallback.to, dataFrom: data.from }, note: 'outside' };
  }
  const whole = clipped.from === want.from && clipped.to === want.to;
  // A preset is relative to the data: a history shorter than it is not a clipped request.
  const note = whole || spec.kind === 'ytd' || spec.kind === '12m' ? null : 'clipped';
  // The figures' changes need to know where the data begins (src/figures/figures.ts change()).
  return { period: { from: clipped.from, to: clipped.to, dataFrom: data.from }, note };
}

const periodParam = z
  .string()
  .refine((s) => parsePeriodSpec(s) !== null)
  .optional()
  .catch(undefined);

/**
 * View state shared by every view, in the URL. Invalid values fall back to defaults instead of
 * failing, so an edited or outdated link still opens a working page.
 */
export const rootSearchSchema = z.object({
  area: z.string().min(1).max(100).optional().catch(undefined),
  period: periodParam,
  lang: z.enum(locales).optional().catch(undefined),
});
export type RootSearch = z.infer<typeof rootSearchSchema>;
