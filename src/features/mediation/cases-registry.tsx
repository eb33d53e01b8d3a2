import { useId, useMemo } from 'react';
import { useGroupNames } from '../../api/endpoints/groups';
import { mediationCategories, mediationOutcomes, type Area } from '../../api/schemas';
import { Panel } from '../../components/panel';
import { AreaFilter, areaWithin } from '../../components/server-table/area-filter';
import { NameLookupProvider, type NameLookups } from '../../components/server-table/cells';
import { ServerTable } from '../../components/server-table/server-table';
import type { ServerTableSearch } from '../../components/server-table/search';
import type { Period } from '../../figures/months';
import { useI18n } from '../../i18n/i18n-context';
import type { AreaTree } from '../../lib/area-tree';
import { useMediationCases } from './api/get-mediation-cases';
import { caseColumns, DEFAULT_CASE_SORT } from './case-columns';
import { useMediationSearch } from './use-mediation-search';

/** The case register: the API's list of cases received in the period, filtered, sorted and paged there. */
export function CasesRegistry({ area, tree, period }: { area: Area; tree: AreaTree; period: Period }) {
  const { t, fmt } = useI18n();
  const { search, setSearch } = useMediationSearch();
  const outcomeId = useId();
  const categoryId = useId();
  const inArea = areaWithin(tree, area, search.in);
  const scope = inArea ?? area;
  const query = useMediationCases({
    areaId: scope.id,
    from: period.from,
    to: period.to,
    outcome: search.outcome,
    category: search.category,
    page: search.page,
    pageSize: search.pageSize,
    sort: search.sort,
  });
  // Team names cost one request per ward: loaded when the list is one ward's.
  const groupNames = useGroupNames(scope.level === 'ward' ? [scope.id] : []);
  const lookups = useMemo<NameLookups>(
    () => ({ area: (id) => tree.byId.get(id)?.name, group: (id) => groupNames.get(id) }),
    [tree, groupNames],
  );
  const filtered = search.outcome !== undefined || search.category !== undefined || inArea !== undefined;
  const caption = t('mediation.registryCaption', { range: fmt.monthRange(period.from, period.to) });

  return (
    <Panel title={t('mediation.registry')} queries={[]}>
      {() => (
        <div className="flex flex-col gap-3">
          <div className="flex flex-wrap items-end gap-3">
            <div className="field">
              <label htmlFor={outcomeId}>{t('mediation.filter.outcome')}</label>
              <select
                id={outcomeId}
                value={search.outcome ?? ''}
                onChange={(e) =>
                  setSearch({
                    outcome: mediationOutcomes.find((o) => o === e.target.value),
                    page: undefined,
                  })
                }
                data-testid="filter-outcome"
              >
                <option value="">{t('serverTable.all')}</option>
                {mediationOutcomes.map((o) => (
                  <option key={o} value={o}>
                    {t(`mediation.outcome.${o}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={categoryId}>{t('mediation.filter.category')}</label>
              <select
                id={categoryId}
                value={search.category ?? ''}
                onChange={(e) =>
                  setSearch({
                    category: mediationCategories.find((c) => c === e.target.value),
                    page: undefined,
                  })
                }
                data-testid="filter-category"
              >
                <option value="">{t('serverTable.all')}</option>
                {mediationCategories.map((c) => (
                  <option key={c} value={c}>
                    {t(`mediation.category.${c}`)}
                  </option>
                ))}
              </select>
            </div>
            <AreaFilter
              tree={tree}
              root={area}
              value={inArea}
              onChange={(id) => setSearch({ in: id, page: undefined })}
              label="mediation.filter.area"
              testId="filter-area"
            />
            {filtered && (
              <button
                type="button"
                className="btn"
                onClick={() =>
                  setSearch({ outcome: undefined, category: undefined, in: undefined, page: undefined })
                }
              >
                {t('serverTable.clearFilters')}
              </button>
            )}
          </div>
          <NameLookupProvider value={lookups}>
            <ServerTable
              caption={caption}
              columns={caseColumns}
              query={query}
              search={search}
              defaultSort={DEFAULT_CASE_SORT}
              onSearchChange={(next: ServerTableSearch) => setSearch(next)}
              testId="cases-table"
            />
          </NameLookupProvider>
        </div>
      )}
    </Panel>
  );
}
