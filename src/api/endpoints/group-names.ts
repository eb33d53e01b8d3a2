// Group names for the rows of the patrol log and the case register. v1.1 rows carry `groupName`;
// a v1 API's rows do not, and then the names come from GET /groups?ids= for the groups the rows
// name: one request per page of rows (500 ids at most), cached.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../client';
import { groupsPageSchema } from '../schemas';
import { groupKeys } from './groups';

/** The most ids one /groups?ids= request may name (the contract's limit). */
export const MAX_GROUP_IDS = 500;

/** A row that refers to a group, with the group's name when the API sends it (v1.1). */
export interface GroupRow {
  groupId: string;
  groupName?: string | null | undefined;
}

/** Distinct ids of the rows that came without `groupName` (a v1 API), sorted for a stable key. */
export function unnamedGroupIds(rows: readonly GroupRow[]): string[] {
  const ids = new Set<string>();
  for (const r of rows) if (r.groupName === undefined && r.groupId !== '') ids.add(r.groupId);
  return [...ids].sort();
}

/** id → name of the groups among `ids` the API knows, asked MAX_GROUP_IDS at a time. */
export async function getGroupNames(
  ids: readonly string[],
  signal?: AbortSignal,
): Promise<ReadonlyMap<string, string>> {
  const names = new Map<string, string>();
  for (let i = 0; i < ids.length; i += MAX_GROUP_IDS) {
    const chunk = ids.slice(i, i + MAX_GROUP_IDS);
    const page = await apiGet(
      '/groups',
      groupsPageSchema,
      { ids: chunk.join(','), pageSize: MAX_GROUP_IDS },
      signal,
    );
    const wanted = new Set(chunk);
    // An API that ignored `ids` answers other groups too: only the asked-for ones are used.
    for (const g of page.items) if (wanted.has(g.id)) names.set(g.id, g.name);
  }
  return names;
}

export const groupNamesQueryOptions = (ids: readonly string[]) =>
  queryOptions({
    queryKey: [...groupKeys.all, 'names', ids] as const,
    queryFn: ({ signal }) => getGroupNames(ids, signal),
    // Names hardly change during a session; a register paged back and forth asks once per page.
    staleTime: 30 * 60 * 1000,
  });

export interface GroupNames {
  names: ReadonlyMap<string, string>;
  /** Still loading (a failed lookup is not pending: it just names nothing). */
  pending: boolean;
}

const noNames: ReadonlyMap<string, string> = new Map();

/**
 * Names of the groups that rows without `groupName` refer to; nothing is asked when every row
 * has its name. Names are a help, not a figure: a failed lookup never hides a row.
 */
export function useGroupNames(rows: readonly GroupRow[] | undefined): GroupNames {
  const ids = unnamedGroupIds(rows ?? []);
  const query = useQuery({ ...groupNamesQueryOptions(ids), enabled: ids.length > 0 });
  return { names: query.data ?? noNames, pending: ids.length > 0 && query.isPending };
}

/** The rows with `groupName` filled in from /groups?ids= where the API left it out (for exports). */
export async function withGroupNames<Row extends GroupRow>(
  rows: readonly Row[],
  signal?: AbortSignal,
): Promise<Row[]> {
  const ids = unnamedGroupIds(rows);
  if (ids.length === 0) return [...rows];
  const names = await getGroupNames(ids, signal);
  return rows.map((r) => (r.groupName === undefined ? { ...r, groupName: names.get(r.groupId) ?? null } : r));
}
