import { ComparisonBarChart } from '../../components/charts/comparison-bar-chart';
import type { MonthlyPatrols } from '../../figures/activity';

/** Patrols per month beside the same month a year earlier; plots the figures module's rows as is. */
export default function PatrolsChart({ data }: { data: readonly MonthlyPatrols[] }) {
  return <ComparisonBarChart data={data} currentKey="patrols" priorKey="priorPatrols" />;
}
