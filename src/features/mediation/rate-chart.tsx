import { RateComparisonChart } from '../../components/charts/rate-comparison-chart';
import type { MonthlyRate } from '../../figures/activity';

/** The monthly resolution rate against the same months a year earlier and the target; plots as is. */
export default function RateChart({ data, target }: { data: readonly MonthlyRate[]; target: number }) {
  return <RateComparisonChart data={data} target={target} />;
}
