import { useQuery } from '@tanstack/react-query';
import type { StatsParams } from '../query-keys';
import { patrolStatsResponseSchema } from '../schemas';
import { statsQueryOptions } from './stats-query';

export const patrolsStatsQueryOptions = (params: StatsParams) =>
  statsQueryOptions('patrols', patrolStatsResponseSchema, params);

export function usePatrolsStats(params: StatsParams, options: { enabled?: boolean } = {}) {
  return useQuery({ ...patrolsStatsQueryOptions(params), enabled: options.enabled ?? true });
}
