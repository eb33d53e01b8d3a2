import { KpiCard } from '../../components/kpi-card';
import { PointsIndicator } from '../../components/points-indicator';
import { TargetVerdict } from '../../components/target-verdict';
import type { Ratio } from '../../figures/figures';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/report';
import { ChangeCell } from '../../components/change-cell';
import { ReportSection } from './report-section';
import type { ReportData } from './use-report-data';

const outcomes = ['resolved', 'referred', 'unresolved', 'pending'] as const;

/** The local resolution rate with what it is made of, against a year earlier and the target. */
export function MediationSection({ data }: { data: ReportData }) {
  const { t, fmt } = useI18n();
  const m = data.mediation;
  const title = t('report.section.mediation');
  const rate = (r: Ratio) =>
    r.value === null
      ? t('kpi.noClosedCases')
      : `${fmt.percent(r.value)} (${fmt.number(r.numerator)} / ${fmt.number(r.denominator)})`;
  return (
    <ReportSection id="mediation" title={title} queries={[data.areasQuery, data.queries.mediation]}>
      {() =>
        m && (
          <div className="flex flex-col gap-4">
            <dl className="report-kpis">
              <KpiCard
                label={t('kpi.mediationRate')}
                value={m.rate.value === null ? '—' : fmt.percent(m.rate.value)}
                testId="report-mediation-rate"
              >
                <p className="text-sm" data-testid="report-mediation-detail">
                  {m.rate.value === null
                    ? t('kpi.noClosedCases')
                    : t('kpi.mediationDetail', {
                        resolved: fmt.number(m.rate.numerator),
                        closed: fmt.number(m.rate.denominator),
                      })}
                </p>
                <PointsIndicator points={m.points} priorBase={m.priorRate.denominator} better="up" />
                <TargetVerdict
                  met={m.targetMet}
                  target={{ kind: 'mediationRate', value: data.targets.mediationRate }}
                  size="line"
                  testId="report-mediation-target"
                />
              </KpiCard>
            </dl>
            <table className="data-table report-table" data-testid="report-mediation-table">
              <caption className="sr-only">{title}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('report.col.figure')}</th>
                  <th scope="col" className="num">
                    {t('report.col.current')}
                  </th>
                  <th scope="col" className="num">
                    {t('report.col.prior')}
                  </th>
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th scope="row" className="font-normal">
                    {t('report.mediation.received')}
                    <br />
                    <ChangeCell change={m.received} />
                  </th>
                  <td className="num">{fmt.number(m.current.received)}</td>
                  <td className="num">{fmt.number(m.prior.received)}</td>
                </tr>
                {outcomes.map((o) => (
                  <tr key={o} data-outcome={o}>
                    <th scope="row" className="font-normal">
                      {t(`report.mediation.${o}`)}
                    </th>
                    <td className="num">{fmt.number(m.current[o])}</td>
                    <td className="num">{fmt.number(m.prior[o])}</td>
                  </tr>
                ))}
                <tr className="font-semibold">
                  <th scope="row">{t('kpi.mediationRate')}</th>
                  <td className="num">{rate(m.rate)}</td>
                  <td className="num">{rate(m.priorRate)}</td>
                </tr>
              </tbody>
            </table>
            <p className="text-sm text-muted">{t('report.mediation.note')}</p>
          </div>
        )
      }
    </ReportSection>
  );
}
