import { useMemo } from 'react';
import { useGroups } from '../../api/endpoints/groups';
import type { Area, Recognition } from '../../api/schemas';
import { Panel } from '../../components/panel';
import { NameLookupProvider, type NameLookups } from '../../components/server-table/cells';
import { ServerTable } from '../../components/server-table/server-table';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/groups';
import type { AreaTree } from '../../lib/area-tree';
import { DEFAULT_MODEL_SORT, modelColumns } from './group-columns';
import { useGroupsSearch } from './use-groups-search';

const MODEL_LEVELS: readonly Recognition[] = ['national', 'provincial'];
/** A short list by default: the register below is where long lists are read. */
const MODELS_PAGE_SIZE = 10;

/** The groups of the selected area recognised as provincial or national models (its own page and sort). */
export function ModelsPanel({ area, tree }: { area: Area; tree: AreaTree }) {
  const { t } = useI18n();
  const { search, setSearch } = useGroupsSearch();
  const query = useGroups({
    areaId: area.id,
    recognition: MODEL_LEVELS,
    page: search.mpage,
    pageSize: search.msize ?? MODELS_PAGE_SIZE,
    sort: search.msort ?? DEFAULT_MODEL_SORT,
  });
  const lookups = useMemo<NameLookups>(
    () => ({ area: (id) => tree.byId.get(id)?.name, group: () => undefined }),
    [tree],
  );
  return (
    <Panel title={t('groups.modelsTitle')} queries={[]}>
      {() => (
        <NameLookupProvider value={lookups}>
          <ServerTable
            caption={t('groups.modelsCaption', { area: area.name })}
            columns={modelColumns}
            query={query}
            search={{ page: search.mpage, pageSize: search.msize, sort: search.msort }}
            defaultSort={DEFAULT_MODEL_SORT}
            defaultPageSize={MODELS_PAGE_SIZE}
            onSearchChange={(next) => setSearch({ mpage: next.page, msize: next.pageSize, msort: next.sort })}
            narrowing={{
              tree,
              area,
              onPick: (id) => setSearch({ area: id, in: undefined, page: undefined, mpage: undefined }),
            }}
            testId="models-table"
          />
        </NameLookupProvider>
      )}
    </Panel>
  );
}
