import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiGet } from '../client';
import { statsKeys, type StatsParams } from '../query-keys';

/** The four /stats endpoints share params, keys and caching; each endpoint file names its schema. */
export function statsQueryOptions<S extends z.ZodType>(resource: string, schema: S, params: StatsParams) {
  return queryOptions({
    queryKey: statsKeys.detail(resource, params),
    queryFn: ({ signal }) => apiGet(`/stats/${resource}`, schema, { ...params }, signal),
    staleTime: 5 * 60 * 1000,
  });
}
