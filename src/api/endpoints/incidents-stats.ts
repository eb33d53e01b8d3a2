import { useQuery } from '@tanstack/react-query';
import type { StatsParams } from '../query-keys';
import { incidentStatsResponseSchema } from '../schemas';
import { statsQueryOptions } from './stats-query';

export const incidentsStatsQueryOptions = (params: StatsParams) =>
  statsQueryOptions('incidents', incidentStatsResponseSchema, params);

export function useIncidentsStats(params: StatsParams, options: { enabled?: boolean } = {}) {
  return useQuery({ ...incidentsStatsQueryOptions(params), enabled: options.enabled ?? true });
}
