import { useMemo } from 'react';
import { useGroupNames, withGroupNames } from '../../api/endpoints/group-names';
import {
  mediationCasesPageSchema,
  mediationCategories,
  mediationOutcomes,
  type Area,
} from '../../api/schemas';
import { AreaFilter, areaWithin } from '../../components/server-table/area-filter';
import type { NameLookups } from '../../components/server-table/cells';
import { ChoiceFilter } from '../../components/server-table/choice-filter';
import { RegistryPanel } from '../../components/server-table/registry-panel';
import type { ServerTableSearch } from '../../components/server-table/search';
import type { Period } from '../../figures/months';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/mediation';
import type { AreaTree } from '../../lib/area-tree';
import { useMediationCases } from './api/get-mediation-cases';
import { caseColumns, caseExportColumns, DEFAULT_CASE_SORT } from './case-columns';
import { useMediationSearch } from './use-mediation-search';

/** The case register: the API's list of cases received in the period, filtered, sorted and paged there. */
export function CasesRegistry({ area, tree, period }: { area: Area; tree: AreaTree; period: Period }) {
  const { t, fmt } = useI18n();
  const { search, setSearch } = useMediationSearch();
  const inArea = areaWithin(tree, area, search.in);
  const scope = inArea ?? area;
  // The same filters and order for the page on screen and for the export of every row.
  const listParams = {
    areaId: scope.id,
    from: period.from,
    to: period.to,
    outcome: search.outcome,
    category: search.category,
    sort: search.sort,
  };
  const query = useMediationCases({ ...listParams, page: search.page, pageSize: search.pageSize });
  // The rows name their teams (v1.1); a v1 API's rows do not, and then the page's teams are looked up.
  const groupNames = useGroupNames(query.data?.items);
  const lookups = useMemo<NameLookups>(
    () => ({
      area: (id) => tree.byId.get(id)?.name,
      group: (id) => groupNames.names.get(id),
      pending: groupNames.pending,
    }),
    [tree, groupNames.names, groupNames.pending],
  );
  const filtered = search.outcome !== undefined || search.category !== undefined || inArea !== undefined;
  const caption = t('mediation.registryCaption', { range: fmt.monthRange(period.from, period.to) });

  return (
    <RegistryPanel
      title={t('mediation.registry')}
      filters={
        <>
          <ChoiceFilter
            label="mediation.filter.outcome"
            options={mediationOutcomes}
            optionLabel={(o) => t(`mediation.outcome.${o}`)}
            value={search.outcome}
            onChange={(outcome) => setSearch({ outcome, page: undefined })}
            testId="filter-outcome"
          />
          <ChoiceFilter
            label="mediation.filter.category"
            options={mediationCategories}
            optionLabel={(c) => t(`mediation.category.${c}`)}
            value={search.category}
            onChange={(category) => setSearch({ category, page: undefined })}
            testId="filter-category"
          />
          <AreaFilter
            tree={tree}
            root={area}
            value={inArea}
            onChange={(id) => setSearch({ in: id, page: undefined })}
            label="mediation.filter.area"
            testId="filter-area"
          />
        </>
      }
      filtered={filtered}
      onClearFilters={() =>
        setSearch({ outcome: undefined, category: undefined, in: undefined, page: undefined })
      }
      lookups={lookups}
      exportAll={{
        path: '/mediation-cases',
        schema: mediationCasesPageSchema,
        params: listParams,
        columns: caseExportColumns,
        fileParts: [scope.name, period.from, period.to],
        prepareRows: withGroupNames,
      }}
      caption={caption}
      columns={caseColumns}
      query={query}
      search={search}
      defaultSort={DEFAULT_CASE_SORT}
      onSearchChange={(next: ServerTableSearch) => setSearch(next)}
      // A register the API refuses as too broad offers the areas one level down instead.
      narrowing={{
        tree,
        area: scope,
        onPick: (id) => setSearch({ area: id, in: undefined, page: undefined }),
      }}
      testId="cases-table"
    />
  );
}
