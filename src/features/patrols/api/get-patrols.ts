// GET /patrols: one page of the patrol log, and the day / night totals of the period.
import { keepPreviousData, queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../api/client';
import { patrolsPageSchema } from '../../../api/schemas';

export type Shift = 'day' | 'night';

export interface PatrolsParams {
  areaId: string;
  from: string;
  to: string;
  groupId?: string | undefined;
  shift?: Shift | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
  sort?: string | undefined;
}

export const patrolKeys = {
  all: ['patrols'] as const,
  lists: () => [...patrolKeys.all, 'list'] as const,
  list: (params: PatrolsParams) => [...patrolKeys.lists(), params] as const,
};

export function getPatrols(params: PatrolsParams, signal?: AbortSignal) {
  return apiGet('/patrols', patrolsPageSchema, { ...params }, signal);
}

export const patrolsQueryOptions = (params: PatrolsParams) =>
  queryOptions({
    queryKey: patrolKeys.list(params),
    queryFn: ({ signal }) => getPatrols(params, signal),
    staleTime: 5 * 60 * 1000,
  });

/** One page of the log; the previous page stays on screen while the next one loads. */
export function usePatrols(params: PatrolsParams, options: { enabled?: boolean } = {}) {
  return useQuery({
    ...patrolsQueryOptions(params),
    enabled: options.enabled ?? true,
    placeholderData: keepPreviousData,
  });
}

const SHIFTS: readonly Shift[] = ['day', 'night'];

type CountResult = {
  data?: { total: number } | undefined;
  isPending: boolean;
  isError: boolean;
  error: unknown;
  refetch: () => Promise<unknown>;
};

// Module scope, so TanStack Query can keep the combined result stable between renders.
function combineShifts(results: CountResult[]) {
  const failed = results.filter((r) => r.isError);
  const [day, night] = results;
  return {
    data: day?.data && night?.data ? { day: day.data.total, night: night.data.total } : undefined,
    isPending: results.some((r) => r.isPending),
    isError: failed.length > 0,
    error: failed[0]?.error ?? null,
    refetch: () => Promise.all(failed.map((r) => r.refetch())),
  };
}

/**
 * Day and night patrols of the period. /stats/patrols has no shift split, so these are the log's
 * `total` for shift=day and shift=night (pageSize=1: only the count travels).
 */
export function usePatrolShiftCounts(
  params: Pick<PatrolsParams, 'areaId' | 'from' | 'to'>,
  options: { enabled?: boolean } = {},
) {
  return useQueries({
    queries: SHIFTS.map((shift) => ({
      ...patrolsQueryOptions({ ...params, shift, pageSize: 1 }),
      enabled: options.enabled ?? true,
    })),
    combine: combineShifts,
  });
}
