// GET /groups: the paginated registry of groups. Shared by three views (the Groups registry and
// its recognised models, and the group names the Mediation and Patrols record tables show), so it
// lives here rather than in one feature.
import { groupsPageSchema, type GroupType, type Recognition } from '../schemas';
import { listQuery, useListQuery } from './list-query';

export interface GroupsParams {
  areaId: string;
  type?: GroupType | undefined;
  status?: 'active' | 'inactive' | undefined;
  /** Any of these levels (sent comma-separated). */
  recognition?: readonly Recognition[] | undefined;
  /** Name contains, ignoring case and diacritics (the API folds). */
  q?: string | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
  sort?: string | undefined;
}

const groupsList = listQuery('groups', groupsPageSchema, ({ recognition, ...rest }: GroupsParams) => ({
  ...rest,
  recognition: recognition?.join(','),
}));

export const groupKeys = groupsList.keys;
export const getGroups = groupsList.fetchList;
export const groupsQueryOptions = groupsList.queryOptions;

/** One page of groups; the previous page stays while the next one loads. */
export function useGroups(params: GroupsParams, options: { enabled?: boolean } = {}) {
  return useListQuery(groupsQueryOptions(params), options);
}

/** A ward has a few dozen groups: one page of the maximum size holds them all. */
export const wardGroupsParams = (wardId: string): GroupsParams => ({
  areaId: wardId,
  pageSize: 500,
  sort: 'name',
});
