import type { Area } from '../../api/schemas';
import type { Period } from '../../figures/months';
import { DemoNote } from '../../components/demo-note';
import { PeriodNote } from '../../components/period-note';
import type { Targets } from '../../figures/targets';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/report';
import { Name } from '../../components/name';
import { useUnitNames } from '../../components/unit-names';

/** The report's first lines: what area and months it covers, against what, and how recent the data is. */
export function ReportHeader({
  area,
  period,
  prior,
  asOf,
  targets,
}: {
  area: Area | undefined;
  period: Period;
  prior: Period;
  asOf: string;
  targets: Targets;
}) {
  const { t, fmt } = useI18n();
  const units = useUnitNames();
  return (
    <header className="report-header" data-testid="report-header">
      <p className="text-sm font-semibold text-muted">{t('app.title')}</p>
      <h1 className="report-h1" data-testid="page-title">
        {area ? t('report.title', { area: area.name }) : t('nav.report')}
      </h1>
      <dl className="report-meta">
        {area && (
          <div>
            <dt>{t('report.meta.area')}</dt>
            <dd data-testid="report-area">
              <Name name={area.name} /> ({units.unit(area)})
            </dd>
          </div>
        )}
        <div>
          <dt>{t('report.meta.period')}</dt>
          <dd data-testid="report-period">
            {fmt.monthRange(period.from, period.to)}
            <PeriodNote />
          </dd>
        </div>
        <div>
          <dt>{t('report.meta.comparison')}</dt>
          <dd data-testid="report-comparison">
            {fmt.monthRange(prior.from, prior.to)} ({t('report.meta.comparisonNote')})
          </dd>
        </div>
        <div>
          <dt>{t('report.meta.asOf')}</dt>
          <dd data-testid="report-as-of">{t('report.meta.asOfValue', { month: fmt.month(asOf) })}</dd>
        </div>
        <div>
          <dt>{t('report.meta.targets')}</dt>
          <dd>
            {t('report.meta.targetsValue', {
              mediation: fmt.percent(targets.mediationRate, 0),
              incidents: fmt.percent(targets.incidentReduction, 0),
            })}
          </dd>
        </div>
      </dl>
      <DemoNote testId="report-demo" />
    </header>
  );
}
