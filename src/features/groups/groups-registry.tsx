import { useCallback, useMemo } from 'react';
import { useGroups } from '../../api/endpoints/groups';
import { groupsPageSchema, groupTypes, type Area } from '../../api/schemas';
import { AreaFilter, areaWithin } from '../../components/server-table/area-filter';
import type { NameLookups } from '../../components/server-table/cells';
import { ChoiceFilter } from '../../components/server-table/choice-filter';
import { RegistryPanel } from '../../components/server-table/registry-panel';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/groups';
import type { AreaTree } from '../../lib/area-tree';
import { DEFAULT_GROUP_SORT, groupColumns, groupExportColumns } from './group-columns';
import { NameSearch } from './name-search';
import { useGroupsSearch } from './use-groups-search';

const statuses = ['active', 'inactive'] as const;

/** The group register: the API's list, searched, filtered, sorted and paged there. */
export function GroupsRegistry({ area, tree }: { area: Area; tree: AreaTree }) {
  const { t } = useI18n();
  const { search, setSearch } = useGroupsSearch();
  const inArea = areaWithin(tree, area, search.in);
  const scope = inArea ?? area;
  // The same filters and order for the page on screen and for the export of every row.
  const listParams = {
    areaId: scope.id,
    type: search.type,
    status: search.status,
    q: search.q,
    sort: search.sort ?? DEFAULT_GROUP_SORT,
  };
  const query = useGroups({ ...listParams, page: search.page, pageSize: search.pageSize });
  const lookups = useMemo<NameLookups>(
    () => ({ area: (id) => tree.byId.get(id)?.name, group: () => undefined }),
    [tree],
  );
  const onQuery = useCallback(
    (q: string | undefined) => setSearch({ q, page: undefined }, { replace: true }),
    [setSearch],
  );
  const filtered =
    search.type !== undefined ||
    search.status !== undefined ||
    search.q !== undefined ||
    inArea !== undefined;

  return (
    <RegistryPanel
      title={t('groups.registry')}
      filters={
        <>
          <NameSearch value={search.q} onChange={onQuery} />
          <ChoiceFilter
            label="groups.filter.type"
            options={groupTypes}
            optionLabel={(x) => t(`groups.type.${x}`)}
            value={search.type}
            onChange={(type) => setSearch({ type, page: undefined })}
            testId="filter-type"
          />
          <ChoiceFilter
            label="groups.filter.status"
            options={statuses}
            optionLabel={(x) => t(`groups.status.${x}`)}
            value={search.status}
            onChange={(status) => setSearch({ status, page: undefined })}
            testId="filter-status"
          />
          <AreaFilter
            tree={tree}
            root={area}
            value={inArea}
            onChange={(id) => setSearch({ in: id, page: undefined })}
            label="groups.filter.area"
            testId="filter-area"
          />
        </>
      }
      filtered={filtered}
      onClearFilters={() =>
        setSearch({ type: undefined, status: undefined, q: undefined, in: undefined, page: undefined })
      }
      lookups={lookups}
      exportAll={{
        path: '/groups',
        schema: groupsPageSchema,
        params: listParams,
        columns: groupExportColumns,
        fileParts: [scope.name],
      }}
      caption={t('groups.registryCaption', { area: scope.name })}
      columns={groupColumns}
      query={query}
      search={search}
      defaultSort={DEFAULT_GROUP_SORT}
      onSearchChange={(next) => setSearch(next)}
      // A register the API refuses as too broad offers the areas one level down instead.
      narrowing={{
        tree,
        area: scope,
        onPick: (id) => setSearch({ area: id, in: undefined, page: undefined }),
      }}
      testId="groups-table"
    />
  );
}
