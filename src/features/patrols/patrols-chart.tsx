import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartTooltipContent } from '../../components/charts/chart-parts';
import {
  chartMargin,
  countAxisProps,
  gridProps,
  legendProps,
  monthAxisProps,
  tooltipProps,
} from '../../components/charts/chart-style';
import { seriesColors } from '../../components/colors';
import type { MonthlyPatrols } from '../../figures/activity';
import { useI18n } from '../../i18n/i18n-context';
import { useChartRows } from '../../components/charts/use-chart-rows';

/** Patrols per month beside the same month a year earlier; plots the figures module's rows as is. */
export default function PatrolsChart({ data }: { data: readonly MonthlyPatrols[] }) {
  const { t, fmt } = useI18n();
  const rows = useChartRows(data);
  return (
    <BarChart
      responsive
      // The table beside the chart carries its data for screen readers; no focusable SVG inside aria-hidden.
      accessibilityLayer={false}
      data={rows}
      style={{ width: '100%', height: '100%' }}
      margin={chartMargin}
    >
      <CartesianGrid {...gridProps} />
      <XAxis {...monthAxisProps(fmt)} />
      <YAxis {...countAxisProps(fmt)} />
      <Tooltip {...tooltipProps} content={<ChartTooltipContent />} />
      <Legend {...legendProps} />
      <Bar
        dataKey="priorPatrols"
        name={t('chart.prior')}
        fill={seriesColors.prior}
        isAnimationActive={false}
      />
      <Bar
        dataKey="patrols"
        name={t('chart.current')}
        fill={seriesColors.current}
        isAnimationActive={false}
      />
    </BarChart>
  );
}
