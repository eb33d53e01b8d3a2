import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../client';
import { areaKeys } from '../query-keys';
import { areasResponseSchema } from '../schemas';

export function getAreas(signal?: AbortSignal) {
  return apiGet('/areas', areasResponseSchema, {}, signal);
}

export const areasQueryOptions = () =>
  queryOptions({
    queryKey: areaKeys.all,
    queryFn: ({ signal }) => getAreas(signal),
    // The tree changes rarely (administrative reforms); one fetch per session is plenty.
    staleTime: 60 * 60 * 1000,
  });

export function useAreas() {
  return useQuery(areasQueryOptions());
}
