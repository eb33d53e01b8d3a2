// GET /patrols: one page of the patrol log. (The day / night split comes from /stats/patrols,
// never from adding up list pages.)
import { listQuery, useListQuery } from '../../../api/endpoints/list-query';
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
