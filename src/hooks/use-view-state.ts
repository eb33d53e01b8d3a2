import { useSearch } from '@tanstack/react-router';
import { useMemo } from 'react';
import { priorPeriod, type Month, type Period } from '../figures/months';
import { defaultLocale, type Locale } from '../i18n/locales';
import {
  DEFAULT_PERIOD,
  parsePeriodSpec,
  resolvePeriod,
  type PeriodNote,
  type PeriodSpec,
} from '../lib/view-state';
import { useDataRange, type DataRange } from './use-data-range';

export interface ViewState {
  /** The area id in the URL, or undefined for the root of whatever tree the API serves. */
  areaParam: string | undefined;
  periodSpec: PeriodSpec;
  /** The period shown: the one asked for, bounded by the data's range. */
  period: Period;
  /** How `period` differs from what the URL asked for (clipped to the data, or replaced). */
  periodNote: PeriodNote;
  prior: Period;
  /** The data's last complete month (/meta's dataTo): presets end here, and so does the data. */
  asOf: Month;
  /** The months the API has data for, whether the as-of month was inferred, and demo or not. */
  data: DataRange;
  lang: Locale;
}

/** The language in the URL: readable outside the data-range gate, which shows translated text. */
export function useLang(): Locale {
  return useSearch({ strict: false }).lang ?? defaultLocale;
}

export function useViewState(): ViewState {
  const search = useSearch({ strict: false });
  const data = useDataRange();
  return useMemo(() => {
    const periodSpec = parsePeriodSpec(search.period ?? DEFAULT_PERIOD) ?? { kind: '12m' as const };
    const { period, note } = resolvePeriod(periodSpec, data);
    return {
      areaParam: search.area,
      periodSpec,
      period,
      periodNote: note,
      prior: priorPeriod(period),
      asOf: data.to,
      data,
      lang: search.lang ?? defaultLocale,
    };
  }, [search.area, search.period, search.lang, data]);
}
