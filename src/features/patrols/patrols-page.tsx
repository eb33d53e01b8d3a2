import { lazy } from 'react';
import { ChartPanel } from '../../components/chart-panel';
import { AreaNotFound, PageHeading } from '../../components/page-heading';
import { Panel } from '../../components/panel';
import { useSelectedArea } from '../../hooks/use-selected-area';
import { useViewState } from '../../hooks/use-view-state';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/patrols';
import { PatrolLog } from './patrol-log';
import { PatrolsSummary } from './patrols-summary';
import { AreaPatrolsTable, MonthlyTable } from './patrols-tables';
import { ShiftShare } from './shift-share';
import { usePatrolsView } from './use-patrols-view';

// recharts stays out of the first bundle: the figures render while the charts' code loads.
const PatrolsChart = lazy(() => import('./patrols-chart'));
const HoursChart = lazy(() => import('./hours-chart'));

export function PatrolsPage() {
  const { t, fmt } = useI18n();
  const view = useViewState();
  const { area, tree, areasQuery, notFound } = useSelectedArea();
  const p = usePatrolsView(area, tree, view.period, view.prior);

  if (notFound) return <AreaNotFound id={view.areaParam ?? ''} />;
  const noPatrols = p.figures?.monthly.every((m) => m.patrols === 0 && m.priorPatrols === 0);

  return (
    <div className="flex flex-col gap-6">
      <PageHeading title={t('patrols.title')} area={area} period={view.period} prior={view.prior} />
      <div className="grid grid-cols-1 gap-4 xl:grid-cols-3">
        <Panel
          className="xl:col-span-2"
          title={t('patrols.summary')}
          queries={[areasQuery, p.stats, p.groups]}
        >
          {() => p.figures && <PatrolsSummary activity={p.figures.activity} />}
        </Panel>
        <Panel
          title={t('patrols.shiftTitle')}
          queries={[areasQuery, p.stats]}
          // A v1 API has no dayPatrols / nightPatrols: say so, never a guessed split.
          isEmpty={p.share === null}
          emptyMessage={t('patrols.shiftNotProvided')}
        >
          {() =>
            p.share && (
              <div className="flex flex-col gap-2">
                <ShiftShare share={p.share} />
                <p className="text-sm text-muted">
                  {t('patrols.shiftNote', { range: fmt.monthRange(view.period.from, view.period.to) })}
                </p>
              </div>
            )
          }
        </Panel>
      </div>
      <div className="grid grid-cols-1 gap-4 xl:grid-cols-2">
        <ChartPanel
          title={t('patrols.monthlyChart')}
          queries={[areasQuery, p.stats]}
          isEmpty={noPatrols}
          testId="patrols-panel"
          chart={() => p.figures && <PatrolsChart data={p.figures.monthly} />}
          table={() =>
            p.figures && (
              <MonthlyTable data={p.figures.monthly} kind="patrols" caption={t('patrols.monthlyChart')} />
            )
          }
        />
        <ChartPanel
          title={t('patrols.hoursChart')}
          queries={[areasQuery, p.stats]}
          isEmpty={noPatrols}
          testId="hours-panel"
          chart={() => p.figures && <HoursChart data={p.figures.monthly} />}
          table={() =>
            p.figures && (
              <MonthlyTable data={p.figures.monthly} kind="hours" caption={t('patrols.hoursChart')} />
            )
          }
        />
      </div>
      {p.hasChildren && (
        <Panel
          title={t('patrols.areasTitle')}
          queries={[areasQuery, p.childStats, p.childGroups]}
          isEmpty={p.byArea?.length === 0}
        >
          {() =>
            p.byArea && (
              <div className="flex flex-col gap-2">
                <AreaPatrolsTable rows={p.byArea} caption={t('patrols.areasTitle')} />
                <p className="text-sm text-muted">
                  {t('patrols.areasNote', { range: fmt.monthRange(view.prior.from, view.prior.to) })}
                </p>
              </div>
            )
          }
        </Panel>
      )}
      {area && tree && <PatrolLog area={area} tree={tree} period={view.period} />}
    </div>
  );
}
