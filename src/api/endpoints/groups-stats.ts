import { queryOptions, useQuery } from '@tanstack/react-query';
import { coverageProblem } from '../../figures/consistency';
import { apiGet } from '../client';
import { inconsistentResponse } from '../errors';
import { statsKeys, type StatsParams } from '../query-keys';
import { groupStatsResponseSchema } from '../schemas';
import { areasQueryOptions } from './areas';

/**
 * A snapshot as of now: the period does not apply, so it is left out of the key too. The answer
 * is checked against /areas (covered residential areas cannot exceed the area's), so that every
 * panel showing a coverage shows this error rather than a share above 100 %.
 */
export const groupsStatsQueryOptions = (params: Pick<StatsParams, 'areaId' | 'level'>) =>
  queryOptions({
    queryKey: statsKeys.detail('groups', params),
    queryFn: async ({ signal, client }) => {
      const stats = await apiGet('/stats/groups', groupStatsResponseSchema, { ...params }, signal);
      const areas = await client.ensureQueryData(areasQueryOptions());
      const found = coverageProblem(stats.items, areas.items);
      if (found) {
        const field = `items[${found.index}].coveredResidentialAreas`;
        throw inconsistentResponse('/stats/groups', field, found.problem);
      }
      return stats;
    },
    staleTime: 5 * 60 * 1000,
  });

export function useGroupsStats(
  params: Pick<StatsParams, 'areaId' | 'level'>,
  options: { enabled?: boolean } = {},
) {
  return useQuery({ ...groupsStatsQueryOptions(params), enabled: options.enabled ?? true });
}
