import { Line } from 'recharts';
import { ChartTooltipContent, TargetLine } from '../../components/charts/chart-parts';
import { percentAxisProps } from '../../components/charts/chart-style';
import { MonthlyChart } from '../../components/charts/monthly-chart';
import { seriesColors } from '../../components/colors';
import type { MonthlyRate } from '../../figures/activity';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/charts';

const currentRate = (row: MonthlyRate) => row.current.value;
const priorRate = (row: MonthlyRate) => row.prior.value;

/** The monthly resolution rate against the same months a year earlier and the target; plots as is. */
export default function RateChart({ data, target }: { data: readonly MonthlyRate[]; target: number }) {
  const { t, fmt } = useI18n();
  return (
    <MonthlyChart
      data={data}
      type="line"
      // From 50 %: rates near the target stay readable; lower values still widen the axis to fit.
      yAxis={{ ...percentAxisProps(fmt), domain: [0.5, 1], tickCount: 6 }}
      tooltip={<ChartTooltipContent kind="percent" />}
    >
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
    </MonthlyChart>
  );
}
