import { IncidentRateKpi, IncidentsKpi, PatrolsKpi } from '../../components/activity-kpis';
import { CoverageDetail } from '../../components/coverage-detail';
import { KpiCard } from '../../components/kpi-card';
import { MediationRateKpi } from '../../components/mediation-rate-kpi';
import { ReportingNote } from '../../components/reporting-note';
import { TargetVerdict } from '../../components/target-verdict';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/report';
import { ReportSection } from './report-section';
import type { ReportData } from './use-report-data';

/** The Overview's headline figures, each with its comparison, base and target. */
export function KpisSection({ data }: { data: ReportData }) {
  const { t, fmt } = useI18n();
  const { queries: q, targets } = data;
  const f = data.overview;
  return (
    <ReportSection
      id="kpis"
      title={t('report.section.kpis')}
      queries={[data.areasQuery, q.incidents, q.mediation, q.patrols, q.groups]}
    >
      {() =>
        f && (
          <>
            {data.area && (
              <ReportingNote area={data.area} completeness={data.completeness} listWards={false} />
            )}
            <dl className="report-kpis">
              <IncidentsKpi incidents={f.incidents} testId="report-kpi-incidents">
                <TargetVerdict
                  met={data.incidentTarget}
                  target={{ kind: 'incidentReduction', value: targets.incidentReduction }}
                  size="line"
                  testId="report-incident-target"
                />
              </IncidentsKpi>
              <IncidentRateKpi rate={f.incidentRate} testId="report-kpi-rate" />
              <MediationRateKpi
                rate={f.mediationRate}
                testId="report-kpi-mediation"
                detailTestId="report-kpi-mediation-detail"
                verdict={
                  <TargetVerdict
                    met={data.mediation?.targetMet ?? null}
                    target={{ kind: 'mediationRate', value: targets.mediationRate }}
                    size="line"
                    testId="report-kpi-mediation-target"
                  />
                }
              />
              <PatrolsKpi patrols={f.patrols} hours={f.patrolHours.current} testId="report-kpi-patrols" />
              <KpiCard
                label={t('kpi.activeGroups')}
                value={f.activeGroups === null ? '—' : fmt.number(f.activeGroups)}
                testId="report-kpi-groups"
              >
                {f.securityGroups !== null && (
                  <p className="text-sm">{t('kpi.securityGroups', { count: f.securityGroups })}</p>
                )}
                {f.members !== null && (
                  <p className="text-sm">{t('report.members', { count: fmt.number(f.members) })}</p>
                )}
                <p className="text-sm text-muted">{t('kpi.snapshot')}</p>
              </KpiCard>
              <KpiCard
                label={t('kpi.coverage')}
                value={f.coverage?.value == null ? '—' : fmt.percent(f.coverage.value)}
                testId="report-kpi-coverage"
              >
                {f.coverage && <CoverageDetail coverage={f.coverage} size="line" />}
              </KpiCard>
              <KpiCard
                label={t('kpi.population')}
                value={fmt.number(f.population)}
                testId="report-kpi-population"
              />
              <KpiCard label={t('kpi.cameras')} value={fmt.number(f.cameras)} testId="report-kpi-cameras" />
            </dl>
          </>
        )
      }
    </ReportSection>
  );
}
