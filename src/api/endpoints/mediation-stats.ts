import { useQuery } from '@tanstack/react-query';
import type { StatsParams } from '../query-keys';
import { mediationStatsResponseSchema } from '../schemas';
import { statsQueryOptions } from './stats-query';

export const mediationStatsQueryOptions = (params: StatsParams) =>
  statsQueryOptions('mediation', mediationStatsResponseSchema, params);

export function useMediationStats(params: StatsParams, options: { enabled?: boolean } = {}) {
  return useQuery({ ...mediationStatsQueryOptions(params), enabled: options.enabled ?? true });
}
