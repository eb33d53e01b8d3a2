import type { ReactNode } from 'react';
import type { Change, OverviewFigures } from '../figures/figures';
import { useI18n } from '../i18n/i18n-context';
import { ChangeIndicator } from './change-indicator';
import { KpiCard } from './kpi-card';

// The headline figures of incidents and patrols, shared by the Overview, Area detail, the Patrols
// view and the Report so each figure reads the same everywhere (the mediation rate is in
// mediation-rate-kpi.tsx). Each view gives its own test id and, where it has one, a verdict.

/** Incidents in the period and their change; fewer is good news. */
export function IncidentsKpi({
  incidents,
  testId,
  children,
}: {
  incidents: Change;
  testId: string;
  /** Shown under the change, e.g. the target verdict. */
  children?: ReactNode;
}) {
  const { t, fmt } = useI18n();
  return (
    <KpiCard label={t('kpi.incidents')} value={fmt.number(incidents.current)} testId={testId}>
      <ChangeIndicator change={incidents} better="down" />
      {children}
    </KpiCard>
  );
}

/** Incidents per 10,000 residents, with the same months a year earlier. */
export function IncidentRateKpi({ rate, testId }: { rate: OverviewFigures['incidentRate']; testId: string }) {
  const { t, fmt } = useI18n();
  const decimal = (n: number | null) => (n === null ? '—' : fmt.decimal(n));
  return (
    <KpiCard label={t('kpi.incidentRate')} value={decimal(rate.current)} testId={testId}>
      <p className="text-sm text-muted">{t('change.prior', { value: decimal(rate.prior) })}</p>
    </KpiCard>
  );
}

/** Patrols in the period and their change, and their hours when given. */
export function PatrolsKpi({ patrols, hours, testId }: { patrols: Change; hours?: number; testId: string }) {
  const { t, fmt } = useI18n();
  return (
    <KpiCard label={t('kpi.patrols')} value={fmt.number(patrols.current)} testId={testId}>
      <ChangeIndicator change={patrols} better="up" />
      {hours !== undefined && (
        <p className="text-sm text-muted">{t('kpi.patrolHours', { hours: fmt.decimal(hours) })}</p>
      )}
    </KpiCard>
  );
}
