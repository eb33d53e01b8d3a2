import { useSearch } from '@tanstack/react-router';
import { useMemo } from 'react';
import { lastCompleteMonth, priorPeriod, type Month, type Period } from '../figures/months';
import { defaultLocale, type Locale } from '../i18n/locales';
import { DEFAULT_PERIOD, parsePeriodSpec, resolvePeriod, type PeriodSpec } from '../lib/view-state';

export interface ViewState {
  /** The area id in the URL, or undefined for the root of whatever tree the API serves. */
  areaParam: string | undefined;
  periodSpec: PeriodSpec;
  period: Period;
  prior: Period;
  /** The last complete month: the API's default period ends here, so the data does too. */
  asOf: Month;
  lang: Locale;
}

export function useViewState(): ViewState {
  const search = useSearch({ strict: false });
  const asOf = useMemo(() => lastCompleteMonth(new Date()), []);
  return useMemo(() => {
    const periodSpec = parsePeriodSpec(search.period ?? DEFAULT_PERIOD) ?? { kind: '12m' as const };
    const period = resolvePeriod(periodSpec, asOf);
    return {
      areaParam: search.area,
      periodSpec,
      period,
      prior: priorPeriod(period),
      asOf,
      lang: search.lang ?? defaultLocale,
    };
  }, [search.area, search.period, search.lang, asOf]);
}
