import { getRouteApi, Link } from '@tanstack/react-router';
import { useMemo } from 'react';
import { AreaNotFound, PageHeading } from '../../components/page-heading';
import { RankingPanel } from '../../components/ranking-table/ranking-panel';
import type { RankingTableState } from '../../components/ranking-table/ranking-table';
import { TargetsSettings } from '../../components/targets-settings';
import { MAX_COMPARE, MIN_COMPARE, parseCompareIds, toggleCompareId } from '../../figures/compare';
import { useRanking } from '../../hooks/use-ranking';
import { useSelectedArea } from '../../hooks/use-selected-area';
import { useViewState } from '../../hooks/use-view-state';
import { PHONE_QUERY, useMediaQuery } from '../../hooks/use-media-query';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/wards';
import { CompareBar } from './compare-bar';
import { RankingDepthPicker } from './ranking-depth';

const route = getRouteApi('/wards');

/** One row per area one level below the selected area (or per ward under it), ranked, with the area's totals. */
export function WardsPage() {
  const { t } = useI18n();
  const view = useViewState();
  const { tree, area, areasQuery, notFound } = useSelectedArea();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const depth = search.level === 'ward' ? 'ward' : 'children';
  const r = useRanking(tree, area, view.period, view.prior, depth);
  // On a phone the ranking comes first and the targets (set now and then) follow it.
  const phone = useMediaQuery(PHONE_QUERY);

  const compareIds = useMemo(
    () => (tree ? parseCompareIds(search.areas, (id) => tree.byId.has(id)) : []),
    [tree, search.areas],
  );
  const compare = useMemo(
    () => ({
      selected: new Set(compareIds),
      full: compareIds.length >= MAX_COMPARE,
      toggle: (id: string) =>
        void navigate({
          to: '.',
          search: (prev) => ({ ...prev, areas: toggleCompareId(compareIds, id) }),
          replace: true,
        }),
    }),
    [compareIds, navigate],
  );

  if (notFound) return <AreaNotFound id={view.areaParam ?? ''} />;

  // Table refinements replace the history entry: Back leaves the view instead of undoing sorts.
  const setState = (patch: RankingTableState) =>
    void navigate({ to: '.', search: (prev) => ({ ...prev, ...patch }), replace: true });

  return (
    <div className="flex flex-col gap-3 sm:gap-6">
      <PageHeading title={t('wards.title')} area={area} period={view.period} prior={view.prior} />
      {!phone && <TargetsSettings />}
      {area && tree && (
        <RankingDepthPicker
          tree={tree}
          area={area}
          depth={depth}
          onChange={(next) =>
            void navigate({
              to: '.',
              search: (prev) => ({ ...prev, level: next === 'ward' ? next : undefined }),
            })
          }
        />
      )}
      {area && tree && r.level === null ? (
        <div className="panel flex flex-col items-start gap-2" data-state="no-children">
          <p>{t('wards.isWard', { name: area.name })}</p>
          <Link to="/area" search={(prev) => ({ ...prev, area: area.id })} className="btn">
            {t('wards.openDetail', { name: area.name })}
          </Link>
        </div>
      ) : (
        <RankingPanel
          area={area}
          level={r.level}
          period={view.period}
          queries={[areasQuery, ...r.queries]}
          ranking={r.ranking}
          state={{ sort: search.sort, q: search.q, cols: search.cols }}
          onStateChange={setState}
          compare={compare}
        >
          <CompareBar
            ids={compareIds}
            names={compareIds.map((id) => tree?.byId.get(id)?.name ?? id)}
            min={MIN_COMPARE}
            onClear={() =>
              void navigate({ to: '.', search: (prev) => ({ ...prev, areas: undefined }), replace: true })
            }
          />
        </RankingPanel>
      )}
      {phone && <TargetsSettings />}
    </div>
  );
}
