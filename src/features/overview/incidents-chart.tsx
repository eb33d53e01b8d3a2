import { ComparisonBarChart } from '../../components/charts/comparison-bar-chart';
import type { MonthlyComparison } from '../../figures';

/** Incidents per month beside the same month a year earlier (a lazy chunk: recharts stays out of the first bundle). */
export default function IncidentsChart({ data }: { data: readonly MonthlyComparison[] }) {
  return <ComparisonBarChart data={data} currentKey="current" priorKey="prior" />;
}
