import { ChangeIndicator } from '../../components/change-indicator';
import { CoverageDetail } from '../../components/coverage-detail';
import { PointsIndicator } from '../../components/points-indicator';
import { ReportingNote } from '../../components/reporting-note';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/present';
import { Headline, SlideFrame } from './slide-frame';
import type { DeckData } from './use-deck-data';

/** The Overview's key figures, six to a slide. */
export function KpiSlide({ data, title }: { data: DeckData; title: string }) {
  const { t, fmt } = useI18n();
  const { queries: q, overview: f } = data;
  const rate = (n: number | null) => (n === null ? '—' : fmt.decimal(n));
  const percent = (n: number | null | undefined) => (n == null ? '—' : fmt.percent(n));
  return (
    <SlideFrame
      id="kpis"
      title={title}
      queries={[data.areasQuery, q.incidents, q.mediation, q.patrols, q.groups]}
    >
      {() =>
        f && (
          <>
            <dl className="kpi-grid">
              <Headline
                label={t('kpi.incidents')}
                value={fmt.number(f.incidents.current)}
                testId="deck-incidents"
              >
                <ChangeIndicator change={f.incidents} better="down" />
              </Headline>
              <Headline
                label={t('kpi.incidentRate')}
                value={rate(f.incidentRate.current)}
                testId="deck-incident-rate"
              >
                <p>{t('change.prior', { value: rate(f.incidentRate.prior) })}</p>
              </Headline>
              <Headline
                label={t('kpi.mediationRate')}
                value={percent(f.mediationRate.current.value)}
                testId="deck-mediation-rate"
              >
                <p data-testid="deck-mediation-detail">
                  {f.mediationRate.current.value === null
                    ? t('kpi.noClosedCases')
                    : t('present.ofClosed', {
                        resolved: fmt.number(f.mediationRate.current.numerator),
                        closed: fmt.number(f.mediationRate.current.denominator),
                      })}
                </p>
                <PointsIndicator
                  points={f.mediationRate.points}
                  priorBase={f.mediationRate.prior.denominator}
                  better="up"
                />
              </Headline>
              <Headline label={t('kpi.patrols')} value={fmt.number(f.patrols.current)} testId="deck-patrols">
                <ChangeIndicator change={f.patrols} better="up" />
              </Headline>
              <Headline
                label={t('kpi.activeGroups')}
                value={f.activeGroups === null ? '—' : fmt.number(f.activeGroups)}
                testId="deck-active-groups"
              >
                {f.securityGroups !== null && (
                  <p data-testid="deck-security-groups">
                    {t('kpi.securityGroups', { count: f.securityGroups })}
                  </p>
                )}
                <p data-testid="deck-members">
                  {f.members === null ? '—' : t('present.members', { count: f.members })}
                </p>
              </Headline>
              <Headline label={t('kpi.coverage')} value={percent(f.coverage?.value)} testId="deck-coverage">
                {f.coverage && (
                  <CoverageDetail coverage={f.coverage} size="line" testId="deck-coverage-detail" />
                )}
              </Headline>
            </dl>
            {data.area && (
              <ReportingNote area={data.area} completeness={data.completeness} listWards={false} />
            )}
          </>
        )
      }
    </SlideFrame>
  );
}
