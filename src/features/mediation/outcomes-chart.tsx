import { ChartTooltipContent } from '../../components/charts/chart-parts';
import { MonthlyChart, StackedBars } from '../../components/charts/monthly-chart';
import type { MonthlyOutcomes } from '../../figures/activity';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/mediation';
import { outcomeSeries } from './outcome-series';

/** Cases received per month, stacked by their outcome; plots the figures module's rows as is. */
export default function OutcomesChart({ data }: { data: readonly MonthlyOutcomes[] }) {
  const { t } = useI18n();
  return (
    <MonthlyChart
      data={data}
      type="bar"
      tooltip={<ChartTooltipContent summary={{ label: t('mediation.received'), dataKey: 'received' }} />}
    >
      <StackedBars series={outcomeSeries(t)} stackId="outcomes" />
    </MonthlyChart>
  );
}
