import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { mediationOutcomes } from '../../api/schemas';
import { ChartTooltipContent } from '../../components/charts/chart-parts';
import {
  chartMargin,
  countAxisProps,
  gridProps,
  legendProps,
  monthAxisProps,
  tooltipProps,
} from '../../components/charts/chart-style';
import { mediationOutcomeColors } from '../../components/colors';
import type { MonthlyOutcomes } from '../../figures/activity';
import { useI18n } from '../../i18n/i18n-context';
import { useChartRows } from '../../components/charts/use-chart-rows';
import '../../i18n/messages/views/mediation';

/** Cases received per month, stacked by their outcome; plots the figures module's rows as is. */
export default function OutcomesChart({ data }: { data: readonly MonthlyOutcomes[] }) {
  const { t, fmt } = useI18n();
  const rows = useChartRows(data);
  return (
    <BarChart
      responsive
      accessibilityLayer={false}
      data={rows}
      style={{ width: '100%', height: '100%' }}
      margin={chartMargin}
    >
      <CartesianGrid {...gridProps} />
      <XAxis {...monthAxisProps(fmt)} />
      <YAxis {...countAxisProps(fmt)} />
      <Tooltip
        {...tooltipProps}
        content={<ChartTooltipContent summary={{ label: t('mediation.received'), dataKey: 'received' }} />}
      />
      <Legend {...legendProps} />
      {mediationOutcomes.map((o) => (
        <Bar
          key={o}
          dataKey={o}
          stackId="outcomes"
          name={t(`mediation.outcome.${o}`)}
          fill={mediationOutcomeColors[o]}
          isAnimationActive={false}
        />
      ))}
    </BarChart>
  );
}
