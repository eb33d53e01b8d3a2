import { IncidentRateKpi, IncidentsKpi, PatrolsKpi } from '../../components/activity-kpis';
import { KpiCard } from '../../components/kpi-card';
import { MediationRateKpi } from '../../components/mediation-rate-kpi';
import { CoverageDetail } from '../../components/coverage-detail';
import { Panel, type PanelQuery } from '../../components/panel';
import { TargetVerdict } from '../../components/target-verdict';
import type { OverviewFigures } from '../../figures/figures';
import { mediationTargetMet, type Targets } from '../../figures/targets';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/area';

/** The area's headline figures against the same months a year earlier (the Overview's figures). */
export function AreaKpis({
  figures: f,
  groupFigures: g,
  targets,
  activityQueries,
  groupQueries,
}: {
  figures: OverviewFigures | null;
  groupFigures: Pick<
    OverviewFigures,
    'activeGroups' | 'members' | 'coverage' | 'population' | 'cameras'
  > | null;
  targets: Targets;
  activityQueries: readonly PanelQuery[];
  groupQueries: readonly PanelQuery[];
}) {
  const { t, fmt } = useI18n();
  return (
    <div className="grid gap-4 lg:grid-cols-3">
      <Panel title={t('area.detail.activity')} queries={activityQueries} className="lg:col-span-2">
        {() =>
          f && (
            <dl className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
              <IncidentsKpi incidents={f.incidents} testId="kpi-incidents" />
              <IncidentRateKpi rate={f.incidentRate} testId="kpi-incident-rate" />
              <MediationRateKpi
                rate={f.mediationRate}
                testId="kpi-mediation-rate"
                detailTestId="kpi-mediation-detail"
                verdict={
                  <TargetVerdict
                    met={mediationTargetMet(f.mediationRate.current, targets)}
                    target={{ kind: 'mediationRate', value: targets.mediationRate }}
                    size="line"
                  />
                }
              />
              <PatrolsKpi patrols={f.patrols} testId="kpi-patrols" />
            </dl>
          )
        }
      </Panel>
      <Panel title={t('nav.groups')} queries={groupQueries} isEmpty={g?.activeGroups === null}>
        {() =>
          g && (
            <dl className="grid grid-cols-2 gap-4">
              <KpiCard
                label={t('kpi.activeGroups')}
                value={fmt.number(g.activeGroups ?? 0)}
                testId="kpi-active-groups"
              />
              <KpiCard label={t('kpi.members')} value={fmt.number(g.members ?? 0)} testId="kpi-members" />
              <KpiCard
                label={t('kpi.coverage')}
                value={g.coverage?.value == null ? '—' : fmt.percent(g.coverage.value)}
                testId="kpi-coverage"
              >
                {g.coverage && <CoverageDetail coverage={g.coverage} size="line" />}
              </KpiCard>
              <KpiCard label={t('kpi.population')} value={fmt.number(g.population)} testId="kpi-population">
                <p className="text-sm text-muted">
                  {t('kpi.cameras')}
                  {t('punct.colon')}
                  {fmt.number(g.cameras)}
                </p>
              </KpiCard>
            </dl>
          )
        }
      </Panel>
    </div>
  );
}
