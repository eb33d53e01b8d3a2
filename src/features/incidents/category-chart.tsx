import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
import { incidentCategories, type IncidentCategory } from '../../api/schemas';
import { ChartTooltipContent } from '../../components/charts/chart-parts';
import {
  chartMargin,
  countAxisProps,
  gridProps,
  legendProps,
  monthAxisProps,
  tooltipProps,
} from '../../components/charts/chart-style';
import { incidentCategoryColors, seriesColors } from '../../components/colors';
import type { CategoryMonthRow } from '../../figures/incidents';
import { useI18n } from '../../i18n/i18n-context';
import { useChartRows } from '../../components/charts/use-chart-rows';
import '../../i18n/messages/views/incidents';

/** Stacked monthly incidents by category with last year's monthly total as a line; plots as is. */
export default function CategoryChart({
  data,
  focus,
}: {
  data: readonly CategoryMonthRow[];
  focus: IncidentCategory | undefined;
}) {
  const { t, fmt } = useI18n();
  const categories = focus ? [focus] : incidentCategories;
  const rows = useChartRows(data);
  return (
    <ComposedChart
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
      <Tooltip
        {...tooltipProps}
        content={<ChartTooltipContent summary={{ label: t('incidents.chart.total'), dataKey: 'total' }} />}
      />
      <Legend {...legendProps} />
      {categories.map((c) => (
        <Bar
          key={c}
          dataKey={c}
          stackId="categories"
          name={t(`incidents.category.${c}`)}
          fill={incidentCategoryColors[c]}
          isAnimationActive={false}
        />
      ))}
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
    </ComposedChart>
  );
}
