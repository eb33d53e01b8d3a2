import { groupTypeColors } from '../../components/colors';
import { CoverageDetail } from '../../components/coverage-detail';
import { KpiCard } from '../../components/kpi-card';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/groups';
import '../../i18n/messages/views/report';
import { ReportSection } from './report-section';
import type { ReportData } from './use-report-data';

/** How many groups work now, their members, the area they cover, and their types. */
export function GroupsSection({ data }: { data: ReportData }) {
  const { t, fmt } = useI18n();
  const g = data.groups;
  const title = t('report.section.groups');
  return (
    <ReportSection
      id="groups"
      title={title}
      queries={[data.areasQuery, data.queries.groups]}
      isEmpty={data.groupsMissing}
    >
      {() =>
        g && (
          <div className="flex flex-col gap-4">
            <dl className="report-kpis">
              <KpiCard
                label={t('kpi.activeGroups')}
                value={fmt.number(g.summary.active)}
                testId="report-groups-active"
              >
                <p className="text-sm">
                  {g.summary.activeShare.value === null
                    ? t('report.groups.inactive', { count: fmt.number(g.summary.inactive) })
                    : t('report.groups.activeShare', {
                        share: fmt.percent(g.summary.activeShare.value),
                        active: fmt.number(g.summary.activeShare.numerator),
                        total: fmt.number(g.summary.activeShare.denominator),
                      })}
                </p>
              </KpiCard>
              <KpiCard
                label={t('kpi.members')}
                value={fmt.number(g.summary.members)}
                testId="report-groups-members"
              >
                <p className="text-sm">
                  {t('report.groups.perGroup', {
                    value: g.summary.membersPerGroup === null ? '—' : fmt.decimal(g.summary.membersPerGroup),
                  })}
                </p>
              </KpiCard>
              <KpiCard
                label={t('kpi.coverage')}
                value={g.summary.coverage.value === null ? '—' : fmt.percent(g.summary.coverage.value)}
                testId="report-groups-coverage"
              >
                <CoverageDetail coverage={g.summary.coverage} size="line" />
              </KpiCard>
            </dl>
            <div className="report-keep">
              <h3 className="report-h3">{t('report.groups.byType')}</h3>
              {g.byType.length === 0 ? (
                <p className="text-muted">{t('report.groups.none')}</p>
              ) : (
                <table className="data-table report-table" data-testid="report-group-types">
                  <caption className="sr-only">{t('report.groups.byType')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('report.col.type')}</th>
                      <th scope="col" className="num">
                        {t('report.col.groups')}
                      </th>
                      <th scope="col" className="num">
                        {t('report.col.share')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {g.byType.map((row) => (
                      <tr key={row.type} data-type={row.type}>
                        <th scope="row" className="font-normal">
                          <span
                            aria-hidden="true"
                            className="report-swatch"
                            style={{ background: groupTypeColors[row.type] }}
                          />
                          {t(`groups.type.${row.type}`)}
                        </th>
                        <td className="num">{fmt.number(row.count)}</td>
                        <td className="num">
                          {row.share.value === null ? '—' : fmt.percent(row.share.value)}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </div>
            <p className="text-sm text-muted">{t('kpi.snapshot')}</p>
          </div>
        )
      }
    </ReportSection>
  );
}
