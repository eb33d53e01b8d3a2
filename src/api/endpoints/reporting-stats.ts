import { useQuery } from '@tanstack/react-query';
import type { StatsParams } from '../query-keys';
import { reportingStatsResponseSchema } from '../schemas';
import { statsQueryOptions } from './stats-query';

/** v1.1 GET /stats/reporting: per area and month, how many of its wards submitted their report. */
export const reportingStatsQueryOptions = (params: StatsParams) =>
  statsQueryOptions('reporting', reportingStatsResponseSchema, params);

export function useReportingStats(params: StatsParams, options: { enabled?: boolean } = {}) {
  return useQuery({ ...reportingStatsQueryOptions(params), enabled: options.enabled ?? true });
}
