import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { useI18n } from '../../i18n/i18n-context';
import { seriesColors } from '../colors';
import { ChartTooltipContent } from './chart-parts';
import {
  chartMargin,
  countAxisProps,
  gridProps,
  legendProps,
  monthAxisProps,
  tooltipProps,
} from './chart-style';
import { useChartRows } from './use-chart-rows';

/**
 * Counts per month beside the same month a year earlier, as two bars: the figures module's rows
 * plotted as they are (no math here). `currentKey` and `priorKey` name the two series in a row.
 */
export function ComparisonBarChart<Row extends { month: string }>({
  data,
  currentKey,
  priorKey,
}: {
  data: readonly Row[];
  currentKey: keyof Row & string;
  priorKey: keyof Row & string;
}) {
  const { t, fmt } = useI18n();
  const rows = useChartRows(data);
  // recharts types a data key against its own idea of the row; the props above already check it.
  const current: string = currentKey;
  const prior: string = priorKey;
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
      <Bar dataKey={prior} name={t('chart.prior')} fill={seriesColors.prior} isAnimationActive={false} />
      <Bar
        dataKey={current}
        name={t('chart.current')}
        fill={seriesColors.current}
        isAnimationActive={false}
      />
    </BarChart>
  );
}
