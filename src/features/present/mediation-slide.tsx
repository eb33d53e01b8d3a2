import { lazy } from 'react';
import { MonthTable } from '../../components/month-table';
import { PointsIndicator } from '../../components/points-indicator';
import { RateCell } from '../../components/rate-cell';
import { TargetVerdict } from '../../components/target-verdict';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/present';
import { Headline, SlideChart, SlideFrame } from './slide-frame';
import type { DeckData } from './use-deck-data';

const RateChart = lazy(() => import('./slide-charts').then((m) => ({ default: m.RateChart })));

/**
 * The local resolution rate against a year earlier and the target, month by month beside it, and
 * what it is made of along the bottom.
 */
export function MediationSlide({ data, title }: { data: DeckData; title: string }) {
  const { t, fmt } = useI18n();
  const m = data.mediation;
  const rates = data.monthlyRates;
  return (
    <SlideFrame id="mediation" title={title} queries={[data.areasQuery, data.queries.mediation]}>
      {() =>
        m &&
        rates && (
          <div className="chart-slide">
            <div className="stack">
              <dl>
                <Headline
                  label={t('kpi.mediationRate')}
                  value={m.rate.value === null ? '—' : fmt.percent(m.rate.value)}
                  testId="deck-resolution-rate"
                >
                  <p data-testid="deck-resolution-detail">
                    {m.rate.value === null
                      ? t('kpi.noClosedCases')
                      : t('present.ofClosed', {
                          resolved: fmt.number(m.rate.numerator),
                          closed: fmt.number(m.rate.denominator),
                        })}
                  </p>
                  <PointsIndicator points={m.points} priorBase={m.priorRate.denominator} better="up" />
                  <p className="text-muted-strong">
                    {t('change.prior', {
                      value: m.priorRate.value === null ? '—' : fmt.percent(m.priorRate.value),
                    })}
                  </p>
                </Headline>
              </dl>
              <TargetVerdict
                met={m.targetMet}
                target={{ kind: 'mediationRate', value: data.targets.mediationRate }}
                size="line"
                testId="deck-mediation-target"
              />
            </div>
            <SlideChart>
              <RateChart data={rates} target={data.targets.mediationRate} />
            </SlideChart>
            <MonthTable
              rows={rates}
              caption={t('present.chart.rates')}
              testId="deck-rates-table"
              className="sr-only"
              current={(row) => <RateCell ratio={row.current} />}
              prior={(row) => <RateCell ratio={row.prior} />}
            />
            <dl className="figure-strip">
              <div data-testid="deck-received">
                <dt>{t('present.mediation.received')}</dt>
                <dd>
                  <span className="figure-value">{fmt.number(m.received.current)}</span>
                  {/* More or fewer disputes is neither good nor bad news: no tone, just the comparison. */}
                  <span className="text-muted-strong">
                    {t('change.prior', { value: fmt.number(m.received.prior) })}
                  </span>
                </dd>
              </div>
              <div data-testid="deck-referred">
                <dt>{t('present.mediation.referred')}</dt>
                <dd className="figure-value">{fmt.number(m.current.referred)}</dd>
              </div>
              <div data-testid="deck-unresolved">
                <dt>{t('present.mediation.unresolved')}</dt>
                <dd className="figure-value">{fmt.number(m.current.unresolved)}</dd>
              </div>
              <div data-testid="deck-pending">
                <dt>{t('present.mediation.pending')}</dt>
                <dd>
                  <span className="figure-value">{fmt.number(m.current.pending)}</span>{' '}
                  <span className="text-muted-strong">{t('present.mediation.pendingNote')}</span>
                </dd>
              </div>
            </dl>
          </div>
        )
      }
    </SlideFrame>
  );
}
