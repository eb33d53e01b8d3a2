import { lazy, useMemo } from 'react';
import { ChartPanel } from '../../components/chart-panel';
import { ChangeIndicator } from '../../components/change-indicator';
import { TableExportMenu } from '../../components/export/table-export-menu';
import { KpiCard } from '../../components/kpi-card';
import { AreaNotFound, PageHeading } from '../../components/page-heading';
import { Panel } from '../../components/panel';
import { PointsIndicator } from '../../components/points-indicator';
import type { MonthlyComparison } from '../../figures';
import { useSelectedArea } from '../../hooks/use-selected-area';
import { useViewState } from '../../hooks/use-view-state';
import { useI18n } from '../../i18n/i18n-context';
import { fileName } from '../../lib/download';
import type { ExportColumn } from '../../lib/table-export';
import { IncidentsTable } from './incidents-table';
import { useOverview } from './use-overview';

// recharts is the heaviest dependency: the KPIs render while the chart's code still loads.
const IncidentsChart = lazy(() => import('./incidents-chart'));

export function OverviewPage() {
  const { t, fmt } = useI18n();
  const view = useViewState();
  const { area, areasQuery, notFound } = useSelectedArea();
  const { incidents, mediation, patrols, groups, figures: f } = useOverview(area, view.period, view.prior);
  // The same columns as the table; months stay "YYYY-MM" so spreadsheets sort and parse them.
  const exportColumns = useMemo<ExportColumn<MonthlyComparison>[]>(
    () => [
      { header: t('chart.month'), value: (r) => r.month, format: 'text' },
      { header: t('chart.current'), value: (r) => r.current, format: 'number' },
      { header: t('chart.priorMonth'), value: (r) => r.priorMonth, format: 'text' },
      { header: t('chart.prior'), value: (r) => r.prior, format: 'number' },
    ],
    [t],
  );

  if (notFound) return <AreaNotFound id={view.areaParam ?? ''} />;
  const rate = (n: number | null) => (n === null ? '—' : fmt.number(n, 1));
  const chartTitle = t('chart.monthlyIncidents');
  const exportFileName = fileName([area?.name ?? '', view.period.from, view.period.to, chartTitle], '');

  return (
    <div className="flex flex-col gap-6">
      <PageHeading title={t('overview.title')} area={area} period={view.period} prior={view.prior} />
      <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-4">
        <Panel title={t('kpi.incidents')} queries={[areasQuery, incidents]}>
          {() =>
            f && (
              <dl className="flex flex-col gap-4">
                <KpiCard
                  label={t('kpi.incidents')}
                  value={fmt.number(f.incidents.current)}
                  testId="kpi-incidents"
                >
                  <ChangeIndicator change={f.incidents} better="down" />
                </KpiCard>
                <KpiCard
                  label={t('kpi.incidentRate')}
                  value={rate(f.incidentRate.current)}
                  testId="kpi-incident-rate"
                >
                  <p className="text-sm text-muted">
                    {t('change.prior', { value: rate(f.incidentRate.prior) })}
                  </p>
                </KpiCard>
              </dl>
            )
          }
        </Panel>
        <Panel title={t('nav.mediation')} queries={[areasQuery, mediation]}>
          {() =>
            f && (
              <dl className="flex flex-col gap-4">
                <KpiCard
                  label={t('kpi.mediationRate')}
                  value={
                    f.mediationRate.current.value === null ? '—' : fmt.percent(f.mediationRate.current.value)
                  }
                  testId="kpi-mediation-rate"
                >
                  <p className="text-sm" data-testid="kpi-mediation-detail">
                    {f.mediationRate.current.value === null
                      ? t('kpi.noClosedCases')
                      : t('kpi.mediationDetail', {
                          resolved: fmt.number(f.mediationRate.current.numerator),
                          closed: fmt.number(f.mediationRate.current.denominator),
                        })}
                  </p>
                  <PointsIndicator
                    points={f.mediationRate.points}
                    priorBase={f.mediationRate.prior.denominator}
                    better="up"
                  />
                  <p className="text-sm text-muted">
                    {t('change.prior', {
                      value:
                        f.mediationRate.prior.value === null ? '—' : fmt.percent(f.mediationRate.prior.value),
                    })}
                  </p>
                </KpiCard>
              </dl>
            )
          }
        </Panel>
        <Panel title={t('nav.patrols')} queries={[areasQuery, patrols]}>
          {() =>
            f && (
              <dl className="flex flex-col gap-4">
                <KpiCard label={t('kpi.patrols')} value={fmt.number(f.patrols.current)} testId="kpi-patrols">
                  <ChangeIndicator change={f.patrols} better="up" />
                  <p className="text-sm text-muted">
                    {t('kpi.patrolHours', { hours: fmt.number(f.patrolHours.current, 1) })}
                  </p>
                </KpiCard>
              </dl>
            )
          }
        </Panel>
        <Panel title={t('nav.groups')} queries={[areasQuery, groups]} isEmpty={f?.activeGroups === null}>
          {() =>
            f && (
              <dl className="flex flex-col gap-4">
                <KpiCard
                  label={t('kpi.activeGroups')}
                  value={fmt.number(f.activeGroups ?? 0)}
                  testId="kpi-active-groups"
                >
                  <p className="text-sm text-muted">{t('kpi.snapshot')}</p>
                </KpiCard>
                <KpiCard label={t('kpi.members')} value={fmt.number(f.members ?? 0)} testId="kpi-members" />
                <KpiCard
                  label={t('kpi.coverage')}
                  value={f.coverage?.value == null ? '—' : fmt.percent(f.coverage.value)}
                  testId="kpi-coverage"
                >
                  {f.coverage && (
                    <p className="text-sm text-muted">
                      {t('kpi.coverageDetail', {
                        covered: fmt.number(f.coverage.numerator),
                        total: fmt.number(f.coverage.denominator),
                      })}
                    </p>
                  )}
                </KpiCard>
              </dl>
            )
          }
        </Panel>
      </div>
      <div className="grid gap-4 lg:grid-cols-4">
        <ChartPanel
          className="lg:col-span-3"
          title={chartTitle}
          queries={[areasQuery, incidents]}
          isEmpty={incidents.data?.items.length === 0}
          chart={() => f && <IncidentsChart data={f.monthly} />}
          table={() => f && <IncidentsTable data={f.monthly} caption={chartTitle} />}
          exportMeta={
            area && {
              fileName: exportFileName,
              title: chartTitle,
              subtitle: `${area.name} · ${fmt.monthRange(view.period.from, view.period.to)} · ${t(
                'period.comparison',
                { range: fmt.monthRange(view.prior.from, view.prior.to) },
              )}`,
            }
          }
          downloads={
            f && (
              <TableExportMenu
                name={chartTitle}
                fileName={exportFileName}
                columns={exportColumns}
                rows={f.monthly}
              />
            )
          }
        />
        <Panel title={t('kpi.population')} queries={[areasQuery]}>
          {() =>
            f && (
              <dl className="flex flex-col gap-4">
                <KpiCard
                  label={t('kpi.population')}
                  value={fmt.number(f.population)}
                  testId="kpi-population"
                />
                <KpiCard label={t('kpi.cameras')} value={fmt.number(f.cameras)} testId="kpi-cameras" />
              </dl>
            )
          }
        </Panel>
      </div>
    </div>
  );
}
