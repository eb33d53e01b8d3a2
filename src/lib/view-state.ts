import { z } from 'zod';
import {
  calendarYear,
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

export function resolvePeriod(spec: PeriodSpec, asOf: Month): Period {
  switch (spec.kind) {
    case 'ytd':
      return yearToDate(asOf);
    case '12m':
      return last12Months(asOf);
    case 'year':
      return calendarYear(spec.year);
    case 'range':
      return { from: spec.from, to: spec.to };
  }
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
