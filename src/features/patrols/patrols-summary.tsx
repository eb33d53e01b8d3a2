import { PatrolsKpi } from '../../components/activity-kpis';
import { ChangeIndicator } from '../../components/change-indicator';
import { KpiCard } from '../../components/kpi-card';
import type { PatrolActivity } from '../../figures/activity';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/patrols';

/** Headline figures: patrols and hours against a year earlier, findings per patrol, patrols per group. */
export function PatrolsSummary({ activity: a }: { activity: PatrolActivity }) {
  const { t, fmt } = useI18n();
  const perPatrol = (n: number | null) => (n === null ? '—' : fmt.number(n, 2));
  return (
    <dl className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
      <PatrolsKpi patrols={a.patrols} testId="kpi-patrols" />
      <KpiCard label={t('patrols.hours')} value={fmt.decimal(a.hours.current)} testId="kpi-hours">
        <ChangeIndicator change={a.hours} better="up" digits={1} />
      </KpiCard>
      <KpiCard
        label={t('patrols.findingsPerPatrol')}
        value={perPatrol(a.findingsPerPatrol.current)}
        testId="kpi-findings"
      >
        <p className="text-sm">
          {a.patrols.current === 0
            ? t('patrols.none')
            : t('patrols.findingsDetail', {
                findings: fmt.number(a.findings.current),
                patrols: fmt.number(a.patrols.current),
              })}
        </p>
        <p className="text-sm text-muted">
          {t('change.prior', { value: perPatrol(a.findingsPerPatrol.prior) })}
        </p>
      </KpiCard>
      <KpiCard
        label={t('patrols.perGroup')}
        value={a.patrolsPerGroup === null ? '—' : fmt.decimal(a.patrolsPerGroup)}
        testId="kpi-per-group"
      >
        {a.patrollingGroups !== null && (
          <p className="text-sm text-muted">
            {t('patrols.perGroupDetail', {
              patrols: fmt.number(a.patrols.current),
              groups: fmt.number(a.patrollingGroups),
            })}
          </p>
        )}
      </KpiCard>
    </dl>
  );
}
