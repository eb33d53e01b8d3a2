import { Line } from 'recharts';
import type { MonthlyRate } from '../../figures/activity';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/charts';
import { seriesColors } from '../colors';
import { ChartTooltipContent, TargetLine } from './chart-parts';
import { CHART_FONT_SIZE, percentAxisProps } from './chart-style';
import { MonthlyChart } from './monthly-chart';

const currentRate = (row: MonthlyRate) => row.current.value;
const priorRate = (row: MonthlyRate) => row.prior.value;

/**
 * A monthly rate against the same months a year earlier and the target, as two lines: the figures
 * module's rows plotted as they are (a month without a rate is a gap). `fontSize` scales the type,
 * and the lines and dots with it (a slide); without it the views' size applies.
 */
export function RateComparisonChart({
  data,
  target,
  fontSize,
}: {
  data: readonly MonthlyRate[];
  target: number;
  fontSize?: number;
}) {
  const { t, fmt } = useI18n();
  const scale = fontSize === undefined ? 1 : fontSize / CHART_FONT_SIZE;
  return (
    <MonthlyChart
      data={data}
      type="line"
      // From 50 %: rates near the target stay readable; lower values still widen the axis to fit.
      yAxis={{
        ...percentAxisProps(fmt, fontSize === undefined ? undefined : fontSize * 4),
        domain: [0.5, 1],
        tickCount: 6,
      }}
      tooltip={<ChartTooltipContent kind="percent" />}
      fontSize={fontSize}
    >
      <TargetLine
        y={target}
        label={t('charts.target', { value: fmt.percent(target, 0) })}
        fontSize={fontSize}
      />
      <Line
        dataKey={priorRate}
        name={t('chart.prior')}
        stroke={seriesColors.prior}
        strokeWidth={2 * scale}
        // Dashed as well as paler: the two years differ by more than colour.
        strokeDasharray={`${6 * scale} ${3 * scale}`}
        dot={{ r: 2 * scale }}
        connectNulls={false}
        isAnimationActive={false}
      />
      <Line
        dataKey={currentRate}
        name={t('chart.current')}
        stroke={seriesColors.current}
        strokeWidth={3 * scale}
        dot={{ r: 3 * scale }}
        connectNulls={false}
        isAnimationActive={false}
      />
    </MonthlyChart>
  );
}
