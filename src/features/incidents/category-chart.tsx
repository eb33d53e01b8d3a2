import { Line } from 'recharts';
import { incidentCategories, type IncidentCategory } from '../../api/schemas';
import { ChartTooltipContent } from '../../components/charts/chart-parts';
import { MonthlyChart, StackedBars } from '../../components/charts/monthly-chart';
import { incidentCategoryColors, seriesColors } from '../../components/colors';
import type { CategoryMonthRow } from '../../figures/incidents';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/incidents';

/** Stacked monthly incidents by category with last year's monthly total as a line; plots as is. */
export default function CategoryChart({
  data,
  focus,
}: {
  data: readonly CategoryMonthRow[];
  focus: IncidentCategory | undefined;
}) {
  const { t } = useI18n();
  const categories = focus ? [focus] : incidentCategories;
  const series = categories.map((c) => ({
    key: c,
    name: t(`incidents.category.${c}`),
    color: incidentCategoryColors[c],
  }));
  return (
    <MonthlyChart
      data={data}
      type="composed"
      tooltip={<ChartTooltipContent summary={{ label: t('incidents.chart.total'), dataKey: 'total' }} />}
    >
      <StackedBars series={series} stackId="categories" />
      <Line
        dataKey="priorTotal"
        name={t('incidents.chart.priorTotal')}
        stroke={seriesColors.reference}
        strokeWidth={2}
        strokeDasharray="6 3"
        dot={{ r: 3, fill: seriesColors.reference }}
        activeDot={{ r: 5 }}
        isAnimationActive={false}
      />
    </MonthlyChart>
  );
}
