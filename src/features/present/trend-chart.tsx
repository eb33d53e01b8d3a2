import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartTooltipContent } from '../../components/charts/chart-parts';
import {
  axisStyle,
  chartMargin,
  countAxisProps,
  gridProps,
  legendProps,
  monthAxisProps,
  tooltipProps,
} from '../../components/charts/chart-style';
import { seriesColors } from '../../components/colors';
import type { MonthlyComparison } from '../../figures/figures';
import { useI18n } from '../../i18n/i18n-context';
import { useSlideFontSize } from './slide-frame';
import { useChartRows } from '../../components/charts/use-chart-rows';

/**
 * The monthly incidents against the same months a year earlier, in the shared chart look with its
 * type scaled to the slide (the views' 13 px would be unreadable from the back of a hall).
 */
export default function TrendChart({ data }: { data: readonly MonthlyComparison[] }) {
  const { t, fmt } = useI18n();
  const fontSize = useSlideFontSize(0.028);
  const tick = { ...axisStyle.tick, fontSize };
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
      <XAxis {...monthAxisProps(fmt)} tick={tick} minTickGap={fontSize} />
      <YAxis {...countAxisProps(fmt, fontSize * 4)} tick={tick} />
      <Tooltip {...tooltipProps} content={<ChartTooltipContent />} />
      <Legend {...legendProps} iconSize={fontSize} wrapperStyle={{ ...legendProps.wrapperStyle, fontSize }} />
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
