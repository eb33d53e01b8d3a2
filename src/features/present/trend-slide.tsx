import { lazy } from 'react';
import { ChangeIndicator } from '../../components/change-indicator';
import { MonthTable } from '../../components/month-table';
import { TargetVerdict } from '../../components/target-verdict';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/present';
import { Headline, SlideChart, SlideFrame } from './slide-frame';
import type { DeckData } from './use-deck-data';

const TrendChart = lazy(() => import('./slide-charts').then((m) => ({ default: m.TrendChart })));

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
                target={{ kind: 'incidentReduction', value: data.targets.incidentReduction }}
                size="line"
                testId="deck-incident-target"
              />
            </div>
            <SlideChart>
              <TrendChart data={f.monthly} />
            </SlideChart>
            <MonthTable
              rows={f.monthly}
              caption={title}
              testId="deck-trend-table"
              className="sr-only"
              current={(row) => fmt.number(row.current)}
              prior={(row) => fmt.number(row.prior)}
            />
          </div>
        )
      }
    </SlideFrame>
  );
}
