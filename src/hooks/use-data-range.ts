import { useQuery } from '@tanstack/react-query';
import { incidentsStatsQueryOptions } from '../api/endpoints/incidents-stats';
import { addMonths, compareMonths, type Month } from '../figures/months';

/** How far back to look for the first month of data: ten years is beyond any history the API keeps. */
const LOOKBACK_MONTHS = 120;

/**
 * The first month with data, read from the root's monthly incident totals; the API has no
 * endpoint for its range, and the period presets offer only calendar years that lie in it.
 */
export function useDataRange(rootId: string | undefined, asOf: Month) {
  const query = useQuery({
    ...incidentsStatsQueryOptions({
      areaId: rootId ?? '',
      from: addMonths(asOf, -(LOOKBACK_MONTHS - 1)),
      to: asOf,
    }),
    enabled: rootId !== undefined,
    staleTime: 60 * 60 * 1000,
    select: (data) =>
      data.items.reduce<Month | null>(
        (min, r) => (min === null || compareMonths(r.month, min) < 0 ? r.month : min),
        null,
      ),
  });
  return { firstMonth: query.data ?? null, query };
}
