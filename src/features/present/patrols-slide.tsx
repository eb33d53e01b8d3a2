import { ChangeIndicator } from '../../components/change-indicator';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/present';
import { Headline, SlideFrame } from './slide-frame';
import type { DeckData } from './use-deck-data';

/** Patrols, their hours and findings against a year earlier, and how much each group patrols. */
export function PatrolsSlide({ data, title }: { data: DeckData; title: string }) {
  const { t, fmt } = useI18n();
  const p = data.patrols;
  const decimal = (n: number | null) => (n === null ? '—' : fmt.decimal(n));
  return (
    <SlideFrame id="patrols" title={title} queries={[data.areasQuery, data.queries.patrols]}>
      {() =>
        p && (
          <div className="two-columns">
            <dl className="stack">
              <Headline
                label={t('kpi.patrols')}
                value={fmt.number(p.patrols.current)}
                testId="deck-patrols-total"
              >
                <ChangeIndicator change={p.patrols} better="up" />
              </Headline>
            </dl>
            <dl className="figure-list">
              <div data-testid="deck-patrol-hours">
                <dt>{t('present.patrols.hours')}</dt>
                <dd>
                  <span className="figure-value">{fmt.decimal(p.hours.current)}</span>
                  <ChangeIndicator change={p.hours} better="up" />
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
