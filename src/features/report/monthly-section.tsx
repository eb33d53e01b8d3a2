import { lazy, Suspense } from 'react';
import { seriesColors } from '../../components/colors';
import { MonthTable } from '../../components/month-table';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/report';
import { printWidthPx, type Orientation } from './page-style';
import { ReportSection } from './report-section';
import { useElementWidth } from './use-element-width';
import type { ReportData } from './use-report-data';

// recharts is heavy: the report's text renders while the chart's code still loads.
const ReportChart = lazy(() => import('./report-chart'));

/** Shorter on a landscape page, which has less height for the chart and its table. */
const CHART_HEIGHT: Record<Orientation, number> = { portrait: 280, landscape: 230 };

/** The Overview's monthly comparison: the chart, its legend, and the same numbers as a table. */
export function MonthlySection({
  data,
  orientation,
  onChartRendered,
}: {
  data: ReportData;
  orientation: Orientation;
  onChartRendered: () => void;
}) {
  const { t, fmt } = useI18n();
  const f = data.overview;
  const title = t('report.section.monthly');
  const [boxRef, boxWidth] = useElementWidth<HTMLDivElement>();
  // The printable width, so the chart prints at its own size; narrower only on a narrower screen,
  // where scaling the print drawing down would leave its labels too small to read.
  const width = Math.min(printWidthPx(orientation), boxWidth ?? Number.POSITIVE_INFINITY);
  const height = CHART_HEIGHT[orientation];
  return (
    <ReportSection
      id="monthly"
      title={title}
      queries={[data.areasQuery, data.queries.incidents]}
      isEmpty={data.queries.incidents.data?.items.length === 0}
    >
      {() =>
        f && (
          <>
            <figure className="report-figure">
              <div
                aria-hidden="true"
                className="report-chart"
                data-chart-box=""
                ref={boxRef}
                style={{ height }}
              >
                <Suspense fallback={<div className="skeleton h-full w-full" />}>
                  <ReportChart data={f.monthly} width={width} height={height} onRendered={onChartRendered} />
                </Suspense>
              </div>
              <figcaption className="report-legend">
                <span>
                  <span
                    aria-hidden="true"
                    className="report-swatch"
                    style={{ background: seriesColors.current }}
                  />
                  {t('chart.current')} ({fmt.monthRange(f.period.from, f.period.to)})
                </span>
                <span>
                  <span
                    aria-hidden="true"
                    className="report-swatch"
                    style={{ background: seriesColors.prior }}
                  />
                  {t('chart.prior')} ({fmt.monthRange(f.priorPeriod.from, f.priorPeriod.to)})
                </span>
              </figcaption>
            </figure>
            <MonthTable
              rows={f.monthly}
              caption={title}
              testId="report-monthly-table"
              className="data-table report-table"
              monthHeadClassName="font-normal"
              current={(row) => fmt.number(row.current)}
              prior={(row) => fmt.number(row.prior)}
              footer={
                <tfoot>
                  <tr className="font-semibold">
                    <th scope="row">{t('report.monthly.total')}</th>
                    <td className="num">{fmt.number(f.incidents.current)}</td>
                    <td />
                    <td className="num">{fmt.number(f.incidents.prior)}</td>
                  </tr>
                </tfoot>
              }
            />
          </>
        )
      }
    </ReportSection>
  );
}
