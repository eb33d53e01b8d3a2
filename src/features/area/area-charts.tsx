import {
  Bar,
  BarChart,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  LineChart,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { ChartTooltipContent, TargetLine, UsualRangeArea } from '../../components/charts/chart-parts';
import {
  chartMargin,
  countAxisProps,
  gridProps,
  legendProps,
  monthAxisProps,
  percentAxisProps,
  tooltipProps,
} from '../../components/charts/chart-style';
import { seriesColors } from '../../components/colors';
import type { TrendPoint } from '../../figures/area-trends';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/charts';

export type AreaChartKind = 'incidents' | 'mediation' | 'patrols';

/** One of the area's trend charts; plots the figures module's points as they are. */
export default function AreaTrendChart({
  kind,
  points,
  mediationTarget,
}: {
  kind: AreaChartKind;
  points: readonly TrendPoint[];
  mediationTarget: number;
}) {
  const { t, fmt } = useI18n();
  const common = {
    responsive: true,
    // The table beside the chart carries its data for screen readers; no focusable SVG inside aria-hidden.
    accessibilityLayer: false,
    data: [...points],
    style: { width: '100%', height: '100%' },
    margin: chartMargin,
  };
  if (kind === 'incidents')
    return (
      <ComposedChart {...common}>
        <CartesianGrid {...gridProps} />
        <XAxis {...monthAxisProps(fmt)} />
        <YAxis {...countAxisProps(fmt)} />
        <Tooltip {...tooltipProps} content={<ChartTooltipContent />} />
        <Legend {...legendProps} />
        <UsualRangeArea dataKey="usualBand" name={t('charts.usualRange')} />
        <Bar
          dataKey="priorIncidents"
          name={t('chart.prior')}
          fill={seriesColors.prior}
          isAnimationActive={false}
        />
        <Bar
          dataKey="incidents"
          name={t('chart.current')}
          fill={seriesColors.current}
          isAnimationActive={false}
        />
      </ComposedChart>
    );
  if (kind === 'mediation')
    return (
      <LineChart {...common}>
        <CartesianGrid {...gridProps} />
        <XAxis {...monthAxisProps(fmt)} />
        <YAxis {...percentAxisProps(fmt)} domain={[0, 1]} />
        <Tooltip {...tooltipProps} content={<ChartTooltipContent kind="percent" />} />
        <Legend {...legendProps} />
        <TargetLine
          y={mediationTarget}
          label={t('charts.target', { value: fmt.percent(mediationTarget, 0) })}
        />
        <Line
          dataKey="mediationRate"
          name={t('kpi.mediationRate')}
          stroke={seriesColors.current}
          strokeWidth={3}
          dot={{ r: 3 }}
          connectNulls={false}
          isAnimationActive={false}
        />
      </LineChart>
    );
  return (
    <BarChart {...common}>
      <CartesianGrid {...gridProps} />
      <XAxis {...monthAxisProps(fmt)} />
      <YAxis {...countAxisProps(fmt)} />
      <Tooltip {...tooltipProps} content={<ChartTooltipContent />} />
      <Legend {...legendProps} />
      <Bar dataKey="patrols" name={t('kpi.patrols')} fill={seriesColors.current} isAnimationActive={false} />
    </BarChart>
  );
}
