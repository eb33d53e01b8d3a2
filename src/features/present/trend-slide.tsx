import { lazy, Suspense } from 'react';
import { ChangeIndicator } from '../../components/change-indicator';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/present';
import { Headline, SlideFrame } from './slide-frame';
import { TargetVerdict } from './target-verdict';
import type { DeckData } from './use-deck-data';

// recharts stays out of the deck's first chunk: the other slides show while it loads.
const TrendChart = lazy(() => import('./trend-chart'));

/** The period's incidents month by month against the same months a year earlier. */
export function TrendSlide({ data, title }: { data: DeckData; title: string }) {
  const { t, fmt } = useI18n();
  const f = data.overview;
  const q = data.queries.incidents;
  return (
    <SlideFrame id="trend" title={title} queries={[data.areasQuery, q]} isEmpty={q.data?.items.length === 0}>
      {() =>
        f && (
          <div className="trend-slide">
            <div className="trend-summary">
              <dl>
                <Headline
                  label={t('kpi.incidents')}
                  value={fmt.number(f.incidents.current)}
                  testId="deck-trend-total"
                >
                  <ChangeIndicator change={f.incidents} better="down" />
                </Headline>
              </dl>
              <TargetVerdict
                met={data.incidentTarget}
                label={t('present.incidentTarget', { value: fmt.percent(data.targets.incidentReduction, 0) })}
              />
            </div>
            <div className="trend-chart" aria-hidden="true" data-chart-box="">
              <Suspense fallback={<div className="skeleton h-full w-full" />}>
                <TrendChart data={f.monthly} />
              </Suspense>
            </div>
            <table className="sr-only" data-testid="deck-trend-table">
              <caption>{title}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('chart.month')}</th>
                  <th scope="col">{t('chart.current')}</th>
                  <th scope="col">{t('chart.priorMonth')}</th>
                  <th scope="col">{t('chart.prior')}</th>
                </tr>
              </thead>
              <tbody>
                {f.monthly.map((row) => (
                  <tr key={row.month} data-month={row.month}>
                    <th scope="row">{fmt.month(row.month)}</th>
                    <td>{fmt.number(row.current)}</td>
                    <td>{fmt.month(row.priorMonth)}</td>
                    <td>{fmt.number(row.prior)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
      }
    </SlideFrame>
  );
}
