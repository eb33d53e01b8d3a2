import { useId, useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useGroupNames, withGroupNames } from '../../api/endpoints/group-names';
import { groupsQueryOptions, wardGroupsParams } from '../../api/endpoints/groups';
import { patrolsPageSchema, type Area } from '../../api/schemas';
import { AreaFilter, areaWithin } from '../../components/server-table/area-filter';
import type { NameLookups } from '../../components/server-table/cells';
import { ChoiceFilter } from '../../components/server-table/choice-filter';
import { RegistryPanel } from '../../components/server-table/registry-panel';
import type { Period } from '../../figures/months';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/patrols';
import '../../i18n/messages/views/server-table';
import type { AreaTree } from '../../lib/area-tree';
import { usePatrols } from './api/get-patrols';
import { DEFAULT_PATROL_SORT, patrolColumns, patrolExportColumns } from './patrol-columns';
import { usePatrolsSearch } from './use-patrols-search';

const shifts = ['day', 'night'] as const;

/** The patrol log: the API's list of patrols of the period, filtered, sorted and paged there. */
export function PatrolLog({ area, tree, period }: { area: Area; tree: AreaTree; period: Period }) {
  const { t, fmt } = useI18n();
  const { search, setSearch } = usePatrolsSearch();
  const groupId = useId();
  const inArea = areaWithin(tree, area, search.in);
  const scope = inArea ?? area;
  const ward = scope.level === 'ward' ? scope.id : undefined;
  // The same filters and order for the page on screen and for the export of every row.
  const listParams = {
    areaId: scope.id,
    from: period.from,
    to: period.to,
    shift: search.shift,
    groupId: search.group,
    sort: search.sort ?? DEFAULT_PATROL_SORT,
  };
  const query = usePatrols({ ...listParams, page: search.page, pageSize: search.pageSize });
  // A ward's groups (a few dozen) feed the group filter.
  const wardGroups = useQuery({
    ...groupsQueryOptions(wardGroupsParams(ward ?? '')),
    enabled: ward !== undefined,
  });
  const groups = useMemo(
    () => (ward !== undefined ? (wardGroups.data?.items ?? []) : []),
    [ward, wardGroups.data],
  );
  // The rows name their groups (v1.1); a v1 API's rows do not, and then the page's groups are looked up.
  const groupNames = useGroupNames(query.data?.items);
  const lookups = useMemo<NameLookups>(
    () => ({
      area: (id) => tree.byId.get(id)?.name,
      group: (id) => groupNames.names.get(id),
      pending: groupNames.pending,
    }),
    [tree, groupNames.names, groupNames.pending],
  );
  const filtered = search.shift !== undefined || search.group !== undefined || inArea !== undefined;

  return (
    <RegistryPanel
      title={t('patrols.log')}
      filters={
        <>
          <ChoiceFilter
            label="patrols.filter.shift"
            options={shifts}
            optionLabel={(x) => t(`patrols.shift.${x}`)}
            value={search.shift}
            onChange={(shift) => setSearch({ shift, page: undefined })}
            testId="filter-shift"
          />
          <AreaFilter
            tree={tree}
            root={area}
            value={inArea}
            // A group belongs to one ward: another area drops the group filter.
            onChange={(id) => setSearch({ in: id, group: undefined, page: undefined })}
            label="patrols.filter.area"
            testId="filter-area"
          />
          <div className="field">
            <label htmlFor={groupId}>{t('patrols.filter.group')}</label>
            <select
              id={groupId}
              value={search.group ?? ''}
              disabled={ward === undefined}
              aria-describedby={ward === undefined ? `${groupId}-hint` : undefined}
              onChange={(e) => setSearch({ group: e.target.value || undefined, page: undefined })}
              data-testid="filter-group"
              className="max-w-72"
            >
              <option value="">{t('serverTable.all')}</option>
              {groups.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.name}
                </option>
              ))}
            </select>
            {ward === undefined && (
              <span id={`${groupId}-hint`} className="text-xs text-muted">
                {t('patrols.filter.groupHint')}
              </span>
            )}
          </div>
        </>
      }
      filtered={filtered}
      onClearFilters={() => setSearch({ shift: undefined, group: undefined, in: undefined, page: undefined })}
      lookups={lookups}
      exportAll={{
        path: '/patrols',
        schema: patrolsPageSchema,
        params: listParams,
        columns: patrolExportColumns,
        fileParts: [scope.name, period.from, period.to],
        prepareRows: withGroupNames,
      }}
      caption={t('patrols.logCaption', { range: fmt.monthRange(period.from, period.to) })}
      columns={patrolColumns}
      query={query}
      search={search}
      defaultSort={DEFAULT_PATROL_SORT}
      onSearchChange={(next) => setSearch(next)}
      // A register the API refuses as too broad offers the areas one level down instead.
      narrowing={{
        tree,
        area: scope,
        onPick: (id) => setSearch({ area: id, in: undefined, group: undefined, page: undefined }),
      }}
      testId="patrols-table"
    />
  );
}
