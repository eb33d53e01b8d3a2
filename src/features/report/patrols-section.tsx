import { ChangeRowCells, ChangeTableHead } from '../../components/change-table';
import type { MonthlyPatrols } from '../../figures/activity';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/report';
import { ChangeCell } from '../../components/change-cell';
import { changeColumns } from './change-columns';
import { ReportSection } from './report-section';
import type { ReportData } from './use-report-data';

/** Patrols, their hours and findings against a year earlier, per group, and month by month. */
export function PatrolsSection({ data }: { data: ReportData }) {
  const { t, fmt } = useI18n();
  const figures = data.patrols;
  const title = t('report.section.patrols');
  // Findings per patrol are well under one: two decimals keep a difference visible.
  const decimal = (n: number | null, digits = 1) => (n === null ? '—' : fmt.decimal(n, digits));
  return (
    <ReportSection id="patrols" title={title} queries={[data.areasQuery, data.queries.patrols]}>
      {() => {
        if (!figures) return null;
        const p = figures.activity;
        return (
          <div className="flex flex-col gap-4">
            <table className="data-table report-table report-keep" data-testid="report-patrols-table">
              <caption className="sr-only">{title}</caption>
              <ChangeTableHead rowHeader={t('report.col.figure')} keys={changeColumns} />
              <tbody>
                <tr data-figure="patrols">
                  <th scope="row" className="font-normal">
                    {t('kpi.patrols')}
                  </th>
                  <ChangeRowCells change={p.patrols}>
                    <ChangeCell change={p.patrols} better="up" />
                  </ChangeRowCells>
                </tr>
                <tr data-figure="hours">
                  <th scope="row" className="font-normal">
                    {t('report.patrols.hours')}
                  </th>
                  <ChangeRowCells change={p.hours} digits={1}>
                    <ChangeCell change={p.hours} better="up" />
                  </ChangeRowCells>
                </tr>
                <tr data-figure="findings">
                  <th scope="row" className="font-normal">
                    {t('report.patrols.findings')}
                  </th>
                  <ChangeRowCells change={p.findings}>
                    <ChangeCell change={p.findings} />
                  </ChangeRowCells>
                </tr>
                <tr data-figure="per-patrol">
                  <th scope="row" className="font-normal">
                    {t('report.patrols.perPatrol')}
                  </th>
                  <td className="num">{decimal(p.findingsPerPatrol.current, 2)}</td>
                  <td className="num">{decimal(p.findingsPerPatrol.prior, 2)}</td>
                  <td />
                </tr>
                <tr data-figure="per-group">
                  <th scope="row" className="font-normal">
                    {t('report.patrols.perGroup')}
                  </th>
                  <td className="num">{decimal(p.patrolsPerGroup)}</td>
                  <td className="num">—</td>
                  <td />
                </tr>
              </tbody>
            </table>
            <p className="text-sm text-muted">{t('report.patrols.note')}</p>
            <MonthlyPatrolsTable rows={figures.monthly} />
          </div>
        );
      }}
    </ReportSection>
  );
}

function MonthlyPatrolsTable({ rows }: { rows: readonly MonthlyPatrols[] }) {
  const { t, fmt } = useI18n();
  const title = t('report.patrols.monthly');
  return (
    <div>
      <h3 className="report-h3">{title}</h3>
      <table className="data-table report-table" data-testid="report-patrols-monthly">
        <caption className="sr-only">{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t('chart.month')}</th>
            <th scope="col" className="num">
              {t('kpi.patrols')}
            </th>
            <th scope="col" className="num">
              {t('report.patrols.priorPatrols')}
            </th>
            <th scope="col" className="num">
              {t('report.patrols.hours')}
            </th>
            <th scope="col" className="num">
              {t('report.patrols.priorHours')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.month}>
              <th scope="row" className="font-normal">
                {fmt.monthShort(row.month)}
              </th>
              <td className="num">{fmt.number(row.patrols)}</td>
              <td className="num">{fmt.number(row.priorPatrols)}</td>
              <td className="num">{fmt.decimal(row.hours)}</td>
              <td className="num">{fmt.decimal(row.priorHours)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
