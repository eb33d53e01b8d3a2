import { useQuery } from '@tanstack/react-query';
import type { StatsParams } from '../query-keys';
import { groupStatsResponseSchema } from '../schemas';
import { statsQueryOptions } from './stats-query';

/** A snapshot as of now: the period does not apply, so it is left out of the key too. */
export const groupsStatsQueryOptions = (params: Pick<StatsParams, 'areaId' | 'level'>) =>
  statsQueryOptions('groups', groupStatsResponseSchema, params);

export function useGroupsStats(
  params: Pick<StatsParams, 'areaId' | 'level'>,
  options: { enabled?: boolean } = {},
) {
  return useQuery({ ...groupsStatsQueryOptions(params), enabled: options.enabled ?? true });
}
