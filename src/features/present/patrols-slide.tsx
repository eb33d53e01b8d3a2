import { lazy } from 'react';
import { ChangeIndicator } from '../../components/change-indicator';
import { MonthTable } from '../../components/month-table';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/present';
import { Headline, SlideChart, SlideFrame } from './slide-frame';
import type { DeckData } from './use-deck-data';

const PatrolsChart = lazy(() => import('./slide-charts').then((m) => ({ default: m.PatrolsChart })));

/**
 * Patrols against a year earlier, month by month beside them, and their hours, findings and how
 * much each group patrols along the bottom.
 */
export function PatrolsSlide({ data, title }: { data: DeckData; title: string }) {
  const { t, fmt } = useI18n();
  const p = data.patrols;
  const months = data.monthlyPatrols;
  const decimal = (n: number | null) => (n === null ? '—' : fmt.decimal(n));
  return (
    <SlideFrame id="patrols" title={title} queries={[data.areasQuery, data.queries.patrols]}>
      {() =>
        p &&
        months && (
          <div className="chart-slide">
            <dl className="stack">
              <Headline
                label={t('kpi.patrols')}
                value={fmt.number(p.patrols.current)}
                testId="deck-patrols-total"
              >
                <ChangeIndicator change={p.patrols} better="up" />
              </Headline>
            </dl>
            <SlideChart>
              <PatrolsChart data={months} />
            </SlideChart>
            <MonthTable
              rows={months}
              caption={t('present.chart.patrols')}
              testId="deck-patrols-table"
              className="sr-only"
              current={(row) => fmt.number(row.patrols)}
              prior={(row) => fmt.number(row.priorPatrols)}
            />
            <dl className="figure-strip">
              <div data-testid="deck-patrol-hours">
                <dt>{t('present.patrols.hours')}</dt>
                <dd>
                  <span className="figure-value">{fmt.decimal(p.hours.current)}</span>
                  <ChangeIndicator change={p.hours} better="up" digits={1} />
                </dd>
              </div>
              <div data-testid="deck-findings">
                <dt>{t('present.patrols.findings')}</dt>
                <dd>
                  <span className="figure-value">{fmt.number(p.findings.current)}</span>
                  <span className="text-muted-strong">
                    {t('present.patrols.perPatrol', { value: decimal(p.findingsPerPatrol.current) })}
                  </span>
                </dd>
              </div>
              <div data-testid="deck-patrols-per-group">
                <dt>{t('present.patrols.perGroup')}</dt>
                <dd className="figure-value">{decimal(p.patrolsPerGroup)}</dd>
              </div>
            </dl>
          </div>
        )
      }
    </SlideFrame>
  );
}
