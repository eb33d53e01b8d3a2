import { getRouteApi } from '@tanstack/react-router';
import { lazy, type ReactNode } from 'react';
import { ChartPanel } from '../../components/chart-panel';
import { AreaNotFound, PageHeading } from '../../components/page-heading';
import { RankingPanel } from '../../components/ranking-table/ranking-panel';
import type { RankingTableState } from '../../components/ranking-table/ranking-table';
import { useSelectedArea } from '../../hooks/use-selected-area';
import { useViewState } from '../../hooks/use-view-state';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/area';
import '../../i18n/messages/views/charts';
import { ancestry } from '../../lib/area-tree';
import type { AreaChartKind } from './area-charts';
import { AreaKpis } from './area-kpis';
import { AreaTrendTable } from './area-trend-table';
import { Breadcrumbs } from './breadcrumbs';
import { FormerNames } from './former-names';
import { useAreaDetail } from './use-area-detail';

// recharts loads after the KPIs and tables.
const AreaTrendChart = lazy(() => import('./area-charts'));

const route = getRouteApi('/area');

/** One area in depth: where it sits, its figures and trends, and how its children compare. */
export function AreaPage() {
  const { t, fmt } = useI18n();
  const view = useViewState();
  const { tree, area, areasQuery, notFound } = useSelectedArea();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const d = useAreaDetail(tree, area, view.period, view.prior);

  if (notFound) return <AreaNotFound id={view.areaParam ?? ''} />;
  const own = d.own;
  const setState = (patch: RankingTableState) =>
    void navigate({ to: '.', search: (prev) => ({ ...prev, ...patch }), replace: true });

  const chart = (kind: AreaChartKind, title: string, note?: ReactNode) => (
    <ChartPanel
      title={title}
      queries={[areasQuery, ...own.queries]}
      isEmpty={d.trends?.length === 0}
      chart={() =>
        d.trends && <AreaTrendChart kind={kind} points={d.trends} mediationTarget={d.targets.mediationRate} />
      }
      table={() => d.trends && <AreaTrendTable kind={kind} points={d.trends} caption={title} />}
      note={note}
      testId={`area-${kind}-chart`}
    />
  );
  const target = d.incidentTarget;

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        {tree && area && <Breadcrumbs trail={ancestry(tree, area.id)} rootId={tree.root.id} />}
        <PageHeading
          title={t('area.detail.title')}
          area={area}
          period={view.period}
          prior={view.prior}
          fullName
        />
        {area && <FormerNames area={area} />}
      </div>
      <AreaKpis
        figures={d.figures}
        groupFigures={d.groupFigures}
        targets={d.targets}
        activityQueries={[areasQuery, ...own.queries]}
        groupQueries={[areasQuery, own.groups]}
      />
      <div className="grid gap-4 xl:grid-cols-2">
        <div className="xl:col-span-2">
          {chart(
            'incidents',
            t('chart.monthlyIncidents'),
            <div className="flex flex-col gap-1 text-sm text-muted" data-testid="incident-target-note">
              <p>{t('charts.usualRangeExplained')}</p>
              {target && (
                <p>
                  {target.maxIncidents === null
                    ? t('area.detail.targetNoBase', { reduction: fmt.percent(target.reduction, 0) })
                    : t('area.detail.targetNote', {
                        reduction: fmt.percent(target.reduction, 0),
                        max: fmt.number(target.maxIncidents),
                        current: fmt.number(d.figures?.incidents.current ?? 0),
                      })}
                </p>
              )}
            </div>,
          )}
        </div>
        {chart('mediation', t('area.detail.mediationTrend'))}
        {chart('patrols', t('area.detail.patrolsTrend'))}
      </div>
      {d.ranking.level !== null && (
        <RankingPanel
          area={area}
          level={d.ranking.level}
          period={view.period}
          queries={[areasQuery, ...d.ranking.queries]}
          ranking={d.ranking.ranking}
          state={{ sort: search.sort, q: search.q, cols: search.cols }}
          onStateChange={setState}
        />
      )}
    </div>
  );
}
