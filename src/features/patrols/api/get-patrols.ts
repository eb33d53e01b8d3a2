// GET /patrols: one page of the patrol log, and the day / night totals of the period.
import { useQueries } from '@tanstack/react-query';
import {
  combineCountResults,
  listQuery,
  useListQuery,
  type CountResult,
} from '../../../api/endpoints/list-query';
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

const patrolsList = listQuery('patrols', patrolsPageSchema, (params: PatrolsParams) => ({ ...params }));

export const patrolKeys = patrolsList.keys;
export const getPatrols = patrolsList.fetchList;
export const patrolsQueryOptions = patrolsList.queryOptions;

/** One page of the log; the previous page stays on screen while the next one loads. */
export function usePatrols(params: PatrolsParams, options: { enabled?: boolean } = {}) {
  return useListQuery(patrolsQueryOptions(params), options);
}

const SHIFTS: readonly Shift[] = ['day', 'night'];

// Module scope, so TanStack Query can keep the combined result stable between renders.
function combineShifts(results: CountResult[]) {
  const [day, night] = results;
  const data = day?.data && night?.data ? { day: day.data.total, night: night.data.total } : undefined;
  return combineCountResults(results, data);
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
