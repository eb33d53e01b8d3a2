import { KpiCard } from '../../components/kpi-card';
import { PointsIndicator } from '../../components/points-indicator';
import type { MediationSummary as Summary } from '../../figures/activity';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/mediation';
import { TargetVerdict } from '../../components/target-verdict';

/** Headline figures of the period: cases received, the resolution rate against target, open cases. */
export function MediationSummary({ summary: s, target }: { summary: Summary; target: number }) {
  const { t, fmt } = useI18n();
  return (
    <dl className="grid gap-4 sm:grid-cols-3">
      <KpiCard label={t('mediation.received')} value={fmt.number(s.current.received)} testId="kpi-received">
        <p className="text-sm text-muted">{t('change.prior', { value: fmt.number(s.prior.received) })}</p>
      </KpiCard>
      <KpiCard
        label={t('kpi.mediationRate')}
        value={s.rate.value === null ? '—' : fmt.percent(s.rate.value)}
        testId="kpi-rate"
      >
        <p className="text-sm" data-testid="kpi-rate-detail">
          {s.rate.value === null
            ? t('kpi.noClosedCases')
            : t('kpi.mediationDetail', {
                resolved: fmt.number(s.rate.numerator),
                closed: fmt.number(s.rate.denominator),
              })}
        </p>
        <PointsIndicator points={s.points} priorBase={s.priorRate.denominator} better="up" />
        <TargetVerdict met={s.targetMet} target={{ kind: 'mediationRate', value: target }} size="line" />
      </KpiCard>
      <KpiCard label={t('mediation.pending')} value={fmt.number(s.current.pending)} testId="kpi-pending">
        {s.pendingShare.value !== null && (
          <p className="text-sm text-muted">
            {t('mediation.pendingDetail', {
              share: fmt.percent(s.pendingShare.value),
              pending: fmt.number(s.pendingShare.numerator),
              received: fmt.number(s.pendingShare.denominator),
            })}
          </p>
        )}
        <p className="text-sm text-muted">
          {t('mediation.closedDetail', {
            referred: fmt.number(s.current.referred),
            unresolved: fmt.number(s.current.unresolved),
          })}
        </p>
      </KpiCard>
    </dl>
  );
}
