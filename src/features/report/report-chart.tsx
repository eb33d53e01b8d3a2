import { useEffect } from 'react';
import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import { chartMargin, countAxisProps, gridProps, monthAxisProps } from '../../components/charts/chart-style';
import { seriesColors } from '../../components/colors';
import type { MonthlyComparison } from '../../figures/figures';
import { useI18n } from '../../i18n/i18n-context';
import { useChartRows } from '../../components/charts/use-chart-rows';

/**
 * Incidents by month against a year earlier, drawn at a fixed size (the printable width) rather
 * than measured: the printed page has no resize to wait for. The figures module's series as is;
 * no tooltip or legend inside the SVG (the legend and the exact values are in the HTML beside it).
 */
export default function ReportChart({
  data,
  width,
  height,
  onRendered,
}: {
  data: readonly MonthlyComparison[];
  width: number;
  height: number;
  onRendered: () => void;
}) {
  const { fmt } = useI18n();
  useEffect(() => {
    // One frame later recharts has drawn the bars: only then is the report ready to print.
    const id = requestAnimationFrame(() => onRendered());
    return () => cancelAnimationFrame(id);
  }, [onRendered]);
  const rows = useChartRows(data);
  return (
    <BarChart
      width={width}
      height={height}
      // The table under the chart carries its data for screen readers; no focusable SVG inside aria-hidden.
      accessibilityLayer={false}
      data={rows}
      margin={chartMargin}
    >
      <CartesianGrid {...gridProps} />
      <XAxis {...monthAxisProps(fmt)} />
      <YAxis {...countAxisProps(fmt)} />
      <Bar dataKey="prior" fill={seriesColors.prior} isAnimationActive={false} />
      <Bar dataKey="current" fill={seriesColors.current} isAnimationActive={false} />
    </BarChart>
  );
}
