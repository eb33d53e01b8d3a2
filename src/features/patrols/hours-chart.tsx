import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
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

/** Patrol hours per month against the same months a year earlier (dashed); plots as is. */
export default function HoursChart({ data }: { data: readonly MonthlyPatrols[] }) {
  const { t, fmt } = useI18n();
  const rows = useChartRows(data);
  return (
    <LineChart
      responsive
      accessibilityLayer={false}
      data={rows}
      style={{ width: '100%', height: '100%' }}
      margin={chartMargin}
    >
      <CartesianGrid {...gridProps} />
      <XAxis {...monthAxisProps(fmt)} />
      <YAxis {...countAxisProps(fmt, 64)} />
      <Tooltip {...tooltipProps} content={<ChartTooltipContent kind="decimal" />} />
      <Legend {...legendProps} />
      <Line
        dataKey="priorHours"
        name={t('chart.prior')}
        stroke={seriesColors.prior}
        strokeWidth={2}
        strokeDasharray="6 3"
        dot={{ r: 2 }}
        isAnimationActive={false}
      />
      <Line
        dataKey="hours"
        name={t('chart.current')}
        stroke={seriesColors.current}
        strokeWidth={3}
        dot={{ r: 3 }}
        isAnimationActive={false}
      />
    </LineChart>
  );
}
