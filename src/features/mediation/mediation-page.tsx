import { lazy } from 'react';
import { ChartPanel } from '../../components/chart-panel';
import { AreaNotFound, PageHeading } from '../../components/page-heading';
import { Panel } from '../../components/panel';
import { useSelectedArea } from '../../hooks/use-selected-area';
import { useTargets } from '../../hooks/use-targets';
import { useViewState } from '../../hooks/use-view-state';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/mediation';
import { AreaRatesTable } from './area-rates-table';
import { CasesRegistry } from './cases-registry';
import { MediationSummary } from './mediation-summary';
import { CategoryTable, OutcomesTable, RateTable } from './mediation-tables';
import { useMediation } from './use-mediation';

// recharts stays out of the first bundle: the figures render while the charts' code loads.
const RateChart = lazy(() => import('./rate-chart'));
const OutcomesChart = lazy(() => import('./outcomes-chart'));
const CategoryChart = lazy(() => import('./category-chart'));

export function MediationPage() {
  const { t, fmt } = useI18n();
  const view = useViewState();
  const { targets } = useTargets();
  const { area, tree, areasQuery, notFound } = useSelectedArea();
  const m = useMediation(area, tree, view.period, view.prior, targets);

  if (notFound) return <AreaNotFound id={view.areaParam ?? ''} />;
  const periodRange = fmt.monthRange(view.period.from, view.period.to);
  const priorRange = fmt.monthRange(view.prior.from, view.prior.to);
  const noCases = m.figures?.summary.current.received === 0 && m.figures.summary.prior.received === 0;

  return (
    <div className="flex flex-col gap-6">
      <PageHeading title={t('mediation.title')} area={area} period={view.period} prior={view.prior} />
      <Panel title={t('mediation.summary')} queries={[areasQuery, m.stats]}>
        {() => m.figures && <MediationSummary summary={m.figures.summary} target={targets.mediationRate} />}
      </Panel>
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2 xl:grid-cols-3">
        <ChartPanel
          title={t('mediation.rateChart')}
          queries={[areasQuery, m.stats]}
          isEmpty={noCases}
          testId="rate-panel"
          chart={() => m.figures && <RateChart data={m.figures.rates} target={targets.mediationRate} />}
          table={() => m.figures && <RateTable data={m.figures.rates} caption={t('mediation.rateChart')} />}
          note={<p className="text-sm text-muted">{t('mediation.rateNote')}</p>}
        />
        <ChartPanel
          title={t('mediation.outcomesChart')}
          queries={[areasQuery, m.stats]}
          isEmpty={m.figures?.summary.current.received === 0}
          testId="outcomes-panel"
          chart={() => m.figures && <OutcomesChart data={m.figures.outcomes} />}
          table={() =>
            m.figures && <OutcomesTable data={m.figures.outcomes} caption={t('mediation.outcomesChart')} />
          }
        />
        <ChartPanel
          title={t('mediation.categoryChart')}
          queries={[areasQuery, m.stats]}
          // A v1 API has no byCategory: say so, never show a guessed or zero split.
          isEmpty={m.byCategory === null || m.byCategory?.every((c) => c.received === 0)}
          emptyMessage={m.byCategory === null ? t('mediation.categoryNotProvided') : undefined}
          testId="category-panel"
          chart={() => m.byCategory && <CategoryChart data={m.byCategory} />}
          table={() =>
            m.byCategory && <CategoryTable data={m.byCategory} caption={t('mediation.categoryChart')} />
          }
          note={<p className="text-sm text-muted">{t('mediation.categoryNote', { range: periodRange })}</p>}
        />
      </div>
      {m.hasChildren && (
        <Panel
          title={t('mediation.areasTitle')}
          queries={[areasQuery, m.childStats]}
          isEmpty={m.byArea?.length === 0}
        >
          {() =>
            m.byArea && (
              <div className="flex flex-col gap-2">
                <AreaRatesTable rows={m.byArea} caption={t('mediation.areasTitle')} />
                <p className="text-sm text-muted">{t('mediation.areasNote', { range: priorRange })}</p>
              </div>
            )
          }
        </Panel>
      )}
      {area && tree && <CasesRegistry area={area} tree={tree} period={view.period} />}
    </div>
  );
}
