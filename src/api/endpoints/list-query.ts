import { keepPreviousData, queryOptions, useQuery, type UseQueryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiGet, type QueryParams } from '../client';

/**
 * The paginated list endpoints (/groups, /mediation-cases, /patrols) share keys, caching and
 * paging behaviour; each endpoint file names its path, schema and how its params go on the URL.
 */
export function listQuery<P, S extends z.ZodType>(
  resource: string,
  schema: S,
  toQuery: (params: P) => QueryParams,
) {
  // One key factory per resource, general → specific, so invalidating a prefix reaches every page.
  const keys = {
    all: [resource] as const,
    lists: () => [...keys.all, 'list'] as const,
    list: (params: P) => [...keys.lists(), params] as const,
  };
  const fetchList = (params: P, signal?: AbortSignal) =>
    apiGet(`/${resource}`, schema, toQuery(params), signal);
  const options = (params: P) =>
    queryOptions({
      queryKey: keys.list(params),
      queryFn: ({ signal }) => fetchList(params, signal),
      staleTime: 5 * 60 * 1000,
    });
  return { keys, fetchList, queryOptions: options };
}

/** One page of a list; the previous page stays on screen while the next one loads. */
export function useListQuery<T, K extends readonly unknown[]>(
  options: UseQueryOptions<T, Error, T, K>,
  { enabled = true }: { enabled?: boolean } = {},
) {
  return useQuery({ ...options, enabled, placeholderData: keepPreviousData });
}

/** The part of a query result the count hooks combine. */
export interface CountResult {
  data?: { total: number } | undefined;
  isPending: boolean;
  isError: boolean;
  error: unknown;
  refetch: () => Promise<unknown>;
}

/** Several count queries as one result: pending while any is, failed when any fails, retry the failed ones. */
export function combineCountResults<D>(results: readonly CountResult[], data: D | undefined) {
  const failed = results.filter((r) => r.isError);
  return {
    data,
    isPending: results.some((r) => r.isPending),
    isError: failed.length > 0,
    error: failed[0]?.error ?? null,
    refetch: () => Promise.all(failed.map((r) => r.refetch())),
  };
}
