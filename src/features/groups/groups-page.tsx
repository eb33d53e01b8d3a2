import { lazy } from 'react';
import { ChartPanel } from '../../components/chart-panel';
import { AreaNotFound, PageHeading } from '../../components/page-heading';
import { Panel } from '../../components/panel';
import { useSelectedArea } from '../../hooks/use-selected-area';
import { useViewState } from '../../hooks/use-view-state';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/groups';
import { GroupsRegistry } from './groups-registry';
import { GroupsSummary } from './groups-summary';
import { CoverageTable, TypesTable } from './groups-tables';
import { ModelsPanel } from './models-panel';
import { useGroupsView } from './use-groups-view';

// recharts stays out of the first bundle: the figures render while the chart's code loads.
const TypesChart = lazy(() => import('./types-chart'));

export function GroupsPage() {
  const { t } = useI18n();
  const view = useViewState();
  const { area, tree, areasQuery, notFound } = useSelectedArea();
  const g = useGroupsView(area, tree);

  if (notFound) return <AreaNotFound id={view.areaParam ?? ''} />;

  return (
    <div className="flex flex-col gap-6">
      <PageHeading title={t('groups.title')} area={area} period={view.period} prior={view.prior} />
      <Panel
        title={t('groups.summary')}
        queries={[areasQuery, g.stats]}
        isEmpty={g.stats.data !== undefined && g.figures === undefined}
      >
        {() =>
          g.figures && (
            <div className="flex flex-col gap-3">
              <GroupsSummary summary={g.figures.summary} models={g.models} />
              <p className="text-sm text-muted">{t('groups.snapshot')}</p>
            </div>
          )
        }
      </Panel>
      <div className="grid grid-cols-1 gap-4 xl:grid-cols-5">
        <ChartPanel
          className="xl:col-span-2"
          title={t('groups.byType')}
          queries={[areasQuery, g.stats]}
          isEmpty={g.figures?.byType.length === 0}
          testId="types-panel"
          chart={() => g.figures && <TypesChart data={g.figures.byType} />}
          table={() => g.figures && <TypesTable data={g.figures.byType} caption={t('groups.byType')} />}
        />
        {g.hasChildren && (
          <Panel
            className="xl:col-span-3"
            title={t('groups.coverageTitle')}
            queries={[areasQuery, g.childStats]}
            isEmpty={g.byArea?.length === 0}
          >
            {() =>
              g.byArea && (
                <div className="flex flex-col gap-2">
                  <CoverageTable rows={g.byArea} caption={t('groups.coverageTitle')} />
                  <p className="text-sm text-muted">{t('groups.coverageNote')}</p>
                </div>
              )
            }
          </Panel>
        )}
      </div>
      {area && tree && <ModelsPanel area={area} tree={tree} />}
      {area && tree && <GroupsRegistry area={area} tree={tree} />}
    </div>
  );
}
