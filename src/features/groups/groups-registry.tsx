import { useCallback, useId, useMemo } from 'react';
import { useGroups } from '../../api/endpoints/groups';
import { groupTypes, type Area } from '../../api/schemas';
import { Panel } from '../../components/panel';
import { AreaFilter, areaWithin } from '../../components/server-table/area-filter';
import { NameLookupProvider, type NameLookups } from '../../components/server-table/cells';
import { ServerTable } from '../../components/server-table/server-table';
import { useI18n } from '../../i18n/i18n-context';
import type { AreaTree } from '../../lib/area-tree';
import { DEFAULT_GROUP_SORT, groupColumns } from './group-columns';
import { NameSearch } from './name-search';
import { useGroupsSearch } from './use-groups-search';

const statuses = ['active', 'inactive'] as const;

/** The group register: the API's list, searched, filtered, sorted and paged there. */
export function GroupsRegistry({ area, tree }: { area: Area; tree: AreaTree }) {
  const { t } = useI18n();
  const { search, setSearch } = useGroupsSearch();
  const typeId = useId();
  const statusId = useId();
  const inArea = areaWithin(tree, area, search.in);
  const scope = inArea ?? area;
  const query = useGroups({
    areaId: scope.id,
    type: search.type,
    status: search.status,
    q: search.q,
    page: search.page,
    pageSize: search.pageSize,
    sort: search.sort ?? DEFAULT_GROUP_SORT,
  });
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
    <Panel title={t('groups.registry')} queries={[]}>
      {() => (
        <div className="flex flex-col gap-3">
          <div className="flex flex-wrap items-end gap-3">
            <NameSearch value={search.q} onChange={onQuery} />
            <div className="field">
              <label htmlFor={typeId}>{t('groups.filter.type')}</label>
              <select
                id={typeId}
                value={search.type ?? ''}
                onChange={(e) =>
                  setSearch({ type: groupTypes.find((x) => x === e.target.value), page: undefined })
                }
                data-testid="filter-type"
              >
                <option value="">{t('serverTable.all')}</option>
                {groupTypes.map((x) => (
                  <option key={x} value={x}>
                    {t(`groups.type.${x}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={statusId}>{t('groups.filter.status')}</label>
              <select
                id={statusId}
                value={search.status ?? ''}
                onChange={(e) =>
                  setSearch({ status: statuses.find((x) => x === e.target.value), page: undefined })
                }
                data-testid="filter-status"
              >
                <option value="">{t('serverTable.all')}</option>
                {statuses.map((x) => (
                  <option key={x} value={x}>
                    {t(`groups.status.${x}`)}
                  </option>
                ))}
              </select>
            </div>
            <AreaFilter
              tree={tree}
              root={area}
              value={inArea}
              onChange={(id) => setSearch({ in: id, page: undefined })}
              label="groups.filter.area"
              testId="filter-area"
            />
            {filtered && (
              <button
                type="button"
                className="btn"
                onClick={() =>
                  setSearch({
                    type: undefined,
                    status: undefined,
                    q: undefined,
                    in: undefined,
                    page: undefined,
                  })
                }
              >
                {t('serverTable.clearFilters')}
              </button>
            )}
          </div>
          <NameLookupProvider value={lookups}>
            <ServerTable
              caption={t('groups.registryCaption', { area: scope.name })}
              columns={groupColumns}
              query={query}
              search={search}
              defaultSort={DEFAULT_GROUP_SORT}
              onSearchChange={(next) => setSearch(next)}
              testId="groups-table"
            />
          </NameLookupProvider>
        </div>
      )}
    </Panel>
  );
}
