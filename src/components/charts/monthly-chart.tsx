import type { ReactElement, ReactNode } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  ComposedChart,
  Legend,
  LineChart,
  Tooltip,
  XAxis,
  YAxis,
  type YAxisProps,
} from 'recharts';
import { useI18n } from '../../i18n/i18n-context';
import { ChartTooltipContent } from './chart-parts';
import {
  axisStyle,
  CHART_FONT_SIZE,
  chartMargin,
  countAxisProps,
  gridProps,
  legendProps,
  monthAxisProps,
  tooltipProps,
} from './chart-style';
import { useChartRows } from './use-chart-rows';

// recharts draws the hover cursor by chart type: a band behind the month on a bar chart, a vertical
// line on the others. Each chart keeps the type it was designed with.
const containers = { bar: BarChart, line: LineChart, composed: ComposedChart } as const;

/**
 * The frame every monthly chart shares: months along the bottom, the shared grid, axes, tooltip
 * and legend; the series are its children. The figures module's rows are plotted as they are.
 * `fontSize` scales the axis and legend type (a slide); without it the views' size applies.
 */
export function MonthlyChart<Row extends { month: string }>({
  data,
  type,
  yAxis,
  tooltip = <ChartTooltipContent />,
  fontSize,
  children,
}: {
  data: readonly Row[];
  type: keyof typeof containers;
  /** The value axis; counts by default. */
  yAxis?: YAxisProps;
  tooltip?: ReactElement;
  fontSize?: number;
  children: ReactNode;
}) {
  const { fmt } = useI18n();
  const rows = useChartRows(data);
  const Chart = containers[type];
  const tick = fontSize === undefined ? undefined : { ...axisStyle.tick, fontSize };
  return (
    <Chart
      responsive
      // The table beside the chart carries its data for screen readers; no focusable SVG inside aria-hidden.
      accessibilityLayer={false}
      data={rows}
      style={{ width: '100%', height: '100%' }}
      margin={chartMargin}
    >
      <CartesianGrid {...gridProps} />
      <XAxis
        {...monthAxisProps(fmt)}
        {...(tick ? { tick, minTickGap: fontSize } : {})}
        // A line starts on the value axis: the first month's label would run into the lowest
        // value's, so lines start a little way in (bars have their own band gap).
        {...(type !== 'bar'
          ? { padding: { left: fontSize ?? CHART_FONT_SIZE, right: fontSize ?? CHART_FONT_SIZE } }
          : {})}
      />
      <YAxis
        {...(yAxis ?? countAxisProps(fmt, fontSize === undefined ? undefined : fontSize * 4))}
        {...(tick ? { tick } : {})}
      />
      <Tooltip {...tooltipProps} content={tooltip} />
      <Legend
        {...legendProps}
        {...(fontSize === undefined
          ? {}
          : { iconSize: fontSize, wrapperStyle: { ...legendProps.wrapperStyle, fontSize } })}
      />
      {children}
    </Chart>
  );
}

/** One series of a stack: its key in the row, its translated name and its colour. */
export interface StackSeries {
  key: string;
  name: string;
  color: string;
}

/** Bars stacked in the given order (bottom first); works in monthly and horizontal charts alike. */
export function StackedBars({ series, stackId }: { series: readonly StackSeries[]; stackId: string }) {
  return series.map((s) => (
    <Bar
      key={s.key}
      dataKey={s.key}
      stackId={stackId}
      name={s.name}
      fill={s.color}
      isAnimationActive={false}
    />
  ));
}
