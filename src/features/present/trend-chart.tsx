import { ComparisonBarChart } from '../../components/charts/comparison-bar-chart';
import type { MonthlyComparison } from '../../figures/figures';
import { useSlideFontSize } from './slide-frame';

/**
 * The monthly incidents against the same months a year earlier, in the shared chart look with its
 * type scaled to the slide (the views' 13 px would be unreadable from the back of a hall).
 */
export default function TrendChart({ data }: { data: readonly MonthlyComparison[] }) {
  const fontSize = useSlideFontSize(0.028);
  return <ComparisonBarChart data={data} currentKey="current" priorKey="prior" fontSize={fontSize} />;
}
