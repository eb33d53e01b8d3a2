import { IncidentRateKpi, IncidentsKpi, PatrolsKpi } from '../../components/activity-kpis';
import { CoverageDetail } from '../../components/coverage-detail';
import { KpiCard } from '../../components/kpi-card';
import { MediationRateKpi } from '../../components/mediation-rate-kpi';
import { Panel, type PanelQuery } from '../../components/panel';
import type { Area } from '../../api/schemas';
import type { Period } from '../../figures/months';
import { withReportingGaps, type Completeness } from '../../figures/reporting';
import { useI18n } from '../../i18n/i18n-context';
import { RESERVED_HEIGHT } from './reserved-heights';
import { useGroupsPart, useIncidentsPart, useMediationPart, usePatrolsPart } from './use-overview';

export interface PanelProps {
  area: Area | undefined;
  areasQuery: PanelQuery;
  period: Period;
  prior: Period;
}

/** A panel whose change is marked when the reports behind it are incomplete. */
type MarkedProps = PanelProps & { completeness: Completeness | null };

export function IncidentsKpiPanel({ area, areasQuery, period, prior, completeness }: MarkedProps) {
  const { t } = useI18n();
  const { query, figures: f } = useIncidentsPart(area, period, prior);
  return (
    <Panel title={t('kpi.incidents')} className={RESERVED_HEIGHT.incidents} queries={[areasQuery, query]}>
      {() =>
        f && (
          <dl className="flex flex-col gap-4">
            <IncidentsKpi incidents={withReportingGaps(f.incidents, completeness)} testId="kpi-incidents" />
            <IncidentRateKpi rate={f.incidentRate} testId="kpi-incident-rate" />
          </dl>
        )
      }
    </Panel>
  );
}

export function MediationKpiPanel({ area, areasQuery, period, prior }: PanelProps) {
  const { t } = useI18n();
  const { query, figures } = useMediationPart(area, period, prior);
  const m = figures?.mediationRate;
  return (
    <Panel title={t('nav.mediation')} className={RESERVED_HEIGHT.mediation} queries={[areasQuery, query]}>
      {() =>
        m && (
          <dl className="flex flex-col gap-4">
            <MediationRateKpi
              rate={m}
              testId="kpi-mediation-rate"
              detailTestId="kpi-mediation-detail"
              showPrior
            />
          </dl>
        )
      }
    </Panel>
  );
}

export function PatrolsKpiPanel({ area, areasQuery, period, prior, completeness }: MarkedProps) {
  const { t } = useI18n();
  const { query, figures: f } = usePatrolsPart(area, period, prior);
  return (
    <Panel title={t('nav.patrols')} className={RESERVED_HEIGHT.patrols} queries={[areasQuery, query]}>
      {() =>
        f && (
          <dl className="flex flex-col gap-4">
            <PatrolsKpi
              patrols={withReportingGaps(f.patrols, completeness)}
              hours={f.patrolHours.current}
              testId="kpi-patrols"
            />
          </dl>
        )
      }
    </Panel>
  );
}

export function GroupsKpiPanel({ area, areasQuery }: Pick<PanelProps, 'area' | 'areasQuery'>) {
  const { t, fmt } = useI18n();
  const { query, figures: f } = useGroupsPart(area);
  return (
    <Panel
      title={t('nav.groups')}
      className={RESERVED_HEIGHT.groups}
      queries={[areasQuery, query]}
      isEmpty={f?.activeGroups === null}
    >
      {() =>
        f && (
          <dl className="flex flex-col gap-4">
            <KpiCard
              label={t('kpi.activeGroups')}
              value={fmt.number(f.activeGroups ?? 0)}
              testId="kpi-active-groups"
            >
              {f.securityGroups !== null && (
                <p className="text-sm" data-testid="kpi-security-groups">
                  {t('kpi.securityGroups', { count: f.securityGroups })}
                </p>
              )}
              <p className="text-sm text-muted">{t('kpi.snapshot')}</p>
            </KpiCard>
            <KpiCard label={t('kpi.members')} value={fmt.number(f.members ?? 0)} testId="kpi-members" />
            <KpiCard
              label={t('kpi.coverage')}
              value={f.coverage?.value == null ? '—' : fmt.percent(f.coverage.value)}
              testId="kpi-coverage"
            >
              {f.coverage && <CoverageDetail coverage={f.coverage} size="line" />}
            </KpiCard>
          </dl>
        )
      }
    </Panel>
  );
}

export function AreaFactsPanel({ area, areasQuery }: Pick<PanelProps, 'area' | 'areasQuery'>) {
  const { t, fmt } = useI18n();
  return (
    <Panel title={t('kpi.population')} className={RESERVED_HEIGHT.facts} queries={[areasQuery]}>
      {() =>
        area && (
          <dl className="flex flex-col gap-4">
            <KpiCard
              label={t('kpi.population')}
              value={fmt.number(area.population)}
              testId="kpi-population"
            />
            <KpiCard label={t('kpi.cameras')} value={fmt.number(area.cameras)} testId="kpi-cameras" />
          </dl>
        )
      }
    </Panel>
  );
}
