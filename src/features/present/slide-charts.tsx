// The deck's charts: the shared chart pieces with their type scaled to the slide (the views' 13 px
// would be unreadable from the back of a hall). One lazy chunk: recharts stays out of the deck's
// first one, and the other slides show while it loads.
import { ComparisonBarChart } from '../../components/charts/comparison-bar-chart';
import { RateComparisonChart } from '../../components/charts/rate-comparison-chart';
import type { MonthlyPatrols, MonthlyRate } from '../../figures/activity';
import type { MonthlyComparison } from '../../figures/figures';
import { useSlideFontSize } from './slide-frame';

/** The share of the slide's height that the charts' axis, legend and label type takes. */
const CHART_TYPE_SHARE = 0.028;

/** The monthly incidents against the same months a year earlier. */
export function TrendChart({ data }: { data: readonly MonthlyComparison[] }) {
  const fontSize = useSlideFontSize(CHART_TYPE_SHARE);
  return <ComparisonBarChart data={data} currentKey="current" priorKey="prior" fontSize={fontSize} />;
}

/** The monthly resolution rate against the same months a year earlier, with the target. */
export function RateChart({ data, target }: { data: readonly MonthlyRate[]; target: number }) {
  const fontSize = useSlideFontSize(CHART_TYPE_SHARE);
  return <RateComparisonChart data={data} target={target} fontSize={fontSize} />;
}

/** Patrols per month against the same months a year earlier. */
export function PatrolsChart({ data }: { data: readonly MonthlyPatrols[] }) {
  const fontSize = useSlideFontSize(CHART_TYPE_SHARE);
  return <ComparisonBarChart data={data} currentKey="patrols" priorKey="priorPatrols" fontSize={fontSize} />;
}
