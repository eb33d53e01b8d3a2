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
import type { MonthlyComparison } from '../../figures';
import { useI18n } from '../../i18n/i18n-context';
import { useChartRows } from '../../components/charts/use-chart-rows';

/** Plots the figures module's monthly comparison as is: no math here. */
export default function IncidentsChart({ data }: { data: readonly MonthlyComparison[] }) {
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
      <Bar dataKey="prior" name={t('chart.prior')} fill={seriesColors.prior} isAnimationActive={false} />
      <Bar
        dataKey="current"
        name={t('chart.current')}
        fill={seriesColors.current}
        isAnimationActive={false}
      />
    </BarChart>
  );
}
