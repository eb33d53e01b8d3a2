// Names for tables that hold only group ids (the patrol log, the mediation case register): every
// group of some types in an area, read from GET /groups page by page. The contract has no names in
// patrol or case rows, so this is the one way to show "Tổ hòa giải khu phố 3" instead of an id.
import { queryOptions, useQueries, type UseQueryResult } from '@tanstack/react-query';
import { fetchAllPages } from '../../lib/fetch-all-pages';
import { groupsPageSchema, type GroupType } from '../schemas';
import { getGroups, groupKeys } from './groups';

/**
 * The most groups a lookup loads (four pages of 500): a province's ~1,500 mediation teams fit; its
 * ~4,000 security groups do not, and there the tables show group ids as before.
 */
export const MAX_NAMED_GROUPS = 2_000;

export const groupNamesKey = (areaId: string, type: GroupType) =>
  [...groupKeys.all, 'names', { areaId, type }] as const;

/** Group id → name for one type in an area, or null when the area has more than MAX_NAMED_GROUPS. */
export function groupNamesQueryOptions(areaId: string, type: GroupType) {
  return queryOptions({
    queryKey: groupNamesKey(areaId, type),
    queryFn: async ({ signal }) => {
      const probe = await getGroups({ areaId, type, page: 1, pageSize: 1 }, signal);
      if (probe.total > MAX_NAMED_GROUPS) return null;
      const groups = await fetchAllPages(
        '/groups',
        groupsPageSchema,
        { areaId, type, sort: 'id' },
        { signal },
      );
      return new Map(groups.map((g) => [g.id, g.name]));
    },
    // Names hardly change during a session; a register paged back and forth asks once.
    staleTime: 30 * 60 * 1000,
  });
}

export interface GroupNames {
  names: ReadonlyMap<string, string>;
  /** Still loading (a failed or refused lookup is not pending: it just names nothing). */
  pending: boolean;
}

/**
 * Names of the groups of these types in the area. Until they arrive, or when the area has too
 * many of any type, or a request fails, the map is empty and the tables show ids: names are a
 * help, not a figure, so their failure never hides a row. All types or none, so that a table
 * never mixes names and ids.
 */
export function useGroupNames(areaId: string, types: readonly GroupType[]): GroupNames {
  return useQueries({
    queries: types.map((type) => groupNamesQueryOptions(areaId, type)),
    // At module scope: a stable combine keeps the result's identity between renders.
    combine: combineNames,
  });
}

function combineNames(results: readonly UseQueryResult<ReadonlyMap<string, string> | null>[]): GroupNames {
  const names = new Map<string, string>();
  if (results.every((r) => r.data instanceof Map))
    for (const r of results) for (const [id, name] of r.data ?? []) names.set(id, name);
  return { names, pending: results.some((r) => r.isPending) };
}
