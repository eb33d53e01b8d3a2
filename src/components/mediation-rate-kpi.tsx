import type { ReactNode } from 'react';
import type { OverviewFigures } from '../figures/figures';
import { useI18n } from '../i18n/i18n-context';
import { KpiCard } from './kpi-card';
import { PointsIndicator } from './points-indicator';

/**
 * The local mediation resolution rate as one headline figure: the rate, what it rests on
 * ("412 of 530 closed cases"), its change in points and, when asked, last year's rate. Shared by
 * the Overview, Area detail and the Report so the figure reads the same everywhere.
 */
export function MediationRateKpi({
  rate,
  testId,
  detailTestId,
  showPrior = false,
  verdict,
}: {
  rate: OverviewFigures['mediationRate'];
  testId: string;
  detailTestId: string;
  showPrior?: boolean;
  /** Target met / not met, shown under the detail. */
  verdict?: ReactNode;
}) {
  const { t, fmt } = useI18n();
  const pct = (v: number | null) => (v === null ? '—' : fmt.percent(v));
  return (
    <KpiCard label={t('kpi.mediationRate')} value={pct(rate.current.value)} testId={testId}>
      <p className="text-sm" data-testid={detailTestId}>
        {rate.current.value === null
          ? t('kpi.noClosedCases')
          : t('kpi.mediationDetail', {
              resolved: fmt.number(rate.current.numerator),
              closed: fmt.number(rate.current.denominator),
            })}
      </p>
      {verdict}
      <PointsIndicator points={rate.points} priorBase={rate.prior.denominator} better="up" />
      {showPrior && (
        <p className="text-sm text-muted">{t('change.prior', { value: pct(rate.prior.value) })}</p>
      )}
    </KpiCard>
  );
}
