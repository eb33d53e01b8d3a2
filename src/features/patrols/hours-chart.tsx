import { Line } from 'recharts';
import { ChartTooltipContent } from '../../components/charts/chart-parts';
import { countAxisProps } from '../../components/charts/chart-style';
import { MonthlyChart } from '../../components/charts/monthly-chart';
import { seriesColors } from '../../components/colors';
import type { MonthlyPatrols } from '../../figures/activity';
import { useI18n } from '../../i18n/i18n-context';

/** Patrol hours per month against the same months a year earlier (dashed); plots as is. */
export default function HoursChart({ data }: { data: readonly MonthlyPatrols[] }) {
  const { t, fmt } = useI18n();
  return (
    <MonthlyChart
      data={data}
      type="line"
      yAxis={countAxisProps(fmt, 64)}
      tooltip={<ChartTooltipContent kind="decimal" />}
    >
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
    </MonthlyChart>
  );
}
