import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartTooltipContent, TargetLine } from '../../components/charts/chart-parts';
import {
  chartMargin,
  gridProps,
  legendProps,
  monthAxisProps,
  percentAxisProps,
  tooltipProps,
} from '../../components/charts/chart-style';
import { seriesColors } from '../../components/colors';
import type { MonthlyRate } from '../../figures/activity';
import { useI18n } from '../../i18n/i18n-context';
import { useChartRows } from '../../components/charts/use-chart-rows';
import '../../i18n/messages/views/charts';

const currentRate = (row: MonthlyRate) => row.current.value;
const priorRate = (row: MonthlyRate) => row.prior.value;

/** The monthly resolution rate against the same months a year earlier and the target; plots as is. */
export default function RateChart({ data, target }: { data: readonly MonthlyRate[]; target: number }) {
  const { t, fmt } = useI18n();
  const rows = useChartRows(data);
  return (
    <LineChart
      responsive
      // The table beside the chart carries its data for screen readers; no focusable SVG inside aria-hidden.
      accessibilityLayer={false}
      data={rows}
      style={{ width: '100%', height: '100%' }}
      margin={chartMargin}
    >
      <CartesianGrid {...gridProps} />
      <XAxis {...monthAxisProps(fmt)} />
      {/* From 50 %: rates near the target stay readable; lower values still widen the axis to fit. */}
      <YAxis {...percentAxisProps(fmt)} domain={[0.5, 1]} tickCount={6} />
      <Tooltip {...tooltipProps} content={<ChartTooltipContent kind="percent" />} />
      <Legend {...legendProps} />
      <TargetLine y={target} label={t('charts.target', { value: fmt.percent(target, 0) })} />
      <Line
        dataKey={priorRate}
        name={t('chart.prior')}
        stroke={seriesColors.prior}
        strokeWidth={2}
        // Dashed as well as paler: the two years differ by more than colour.
        strokeDasharray="6 3"
        dot={{ r: 2 }}
        connectNulls={false}
        isAnimationActive={false}
      />
      <Line
        dataKey={currentRate}
        name={t('chart.current')}
        stroke={seriesColors.current}
        strokeWidth={3}
        dot={{ r: 3 }}
        connectNulls={false}
        isAnimationActive={false}
      />
    </LineChart>
  );
}
