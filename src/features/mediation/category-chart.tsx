import { BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartTooltipContent } from '../../components/charts/chart-parts';
import {
  axisStyle,
  chartMargin,
  countAxisProps,
  legendProps,
  tooltipProps,
} from '../../components/charts/chart-style';
import { StackedBars } from '../../components/charts/monthly-chart';
import type { CategoryOutcomes } from '../../figures/activity';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/mediation';
import { outcomeSeries } from './outcome-series';

/** Cases of the period per category as horizontal stacked bars (long category names fit on phones). */
export default function CategoryChart({ data }: { data: readonly CategoryOutcomes[] }) {
  const { t, fmt } = useI18n();
  // The category's name is the row's label: the axis and the tooltip title both show it.
  const rows = data.map((row) => ({ ...row, label: t(`mediation.category.${row.category}`) }));
  return (
    <BarChart
      responsive
      accessibilityLayer={false}
      layout="vertical"
      data={rows}
      style={{ width: '100%', height: '100%' }}
      margin={chartMargin}
    >
      <CartesianGrid strokeDasharray="3 3" stroke="var(--grid)" horizontal={false} />
      <XAxis type="number" {...countAxisProps(fmt)} />
      <YAxis type="category" dataKey="label" {...axisStyle} width={140} />
      <Tooltip
        {...tooltipProps}
        content={<ChartTooltipContent summary={{ label: t('mediation.received'), dataKey: 'received' }} />}
      />
      <Legend {...legendProps} />
      <StackedBars series={outcomeSeries(t)} stackId="outcomes" />
    </BarChart>
  );
}
