import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { seriesColors } from '../../components/colors';
import type { MonthlyComparison } from '../../figures';
import { useI18n } from '../../i18n/i18n-context';

/** Plots the figures module's monthly comparison as is: no math here. */
export default function IncidentsChart({ data }: { data: readonly MonthlyComparison[] }) {
  const { t, fmt } = useI18n();
  return (
    <BarChart
      responsive
      // The table beside the chart carries its data for screen readers; no focusable SVG inside aria-hidden.
      accessibilityLayer={false}
      data={[...data]}
      style={{ width: '100%', height: '100%' }}
      margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
    >
      <CartesianGrid strokeDasharray="3 3" stroke="var(--grid)" vertical={false} />
      <XAxis
        dataKey="month"
        tickFormatter={(m: string) => fmt.monthShort(m)}
        stroke="var(--axis)"
        tick={{ fontSize: 12 }}
      />
      <YAxis
        allowDecimals={false}
        tickFormatter={(n: number) => fmt.number(n)}
        stroke="var(--axis)"
        width={48}
        tick={{ fontSize: 12 }}
      />
      <Tooltip
        labelFormatter={(m) => fmt.month(String(m))}
        formatter={(value) => fmt.number(Number(value))}
        contentStyle={{
          background: 'var(--surface)',
          border: '1px solid var(--border)',
          color: 'var(--text)',
        }}
      />
      <Legend />
      <Bar dataKey="prior" name={t('chart.prior')} fill={seriesColors.prior} isAnimationActive={false} />
      <Bar
        dataKey="current"
        name={t('chart.current')}
        fill={seriesColors.current}
        isAnimationActive={false}
      />
    </BarChart>
  );
}
