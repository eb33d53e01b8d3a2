import { Bar, BarChart, CartesianGrid, Cell, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartTooltipContent } from '../../components/charts/chart-parts';
import { axisStyle, chartMargin, countAxisProps, tooltipProps } from '../../components/charts/chart-style';
import { groupTypeColors } from '../../components/colors';
import type { TypeCount } from '../../figures/activity';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/groups';

const LABEL_WIDTH = 150;
/** What fits LABEL_WIDTH at 12 px. */
const MAX_LABEL = 22;

/** One-line axis label, cut with an ellipsis when too long for the axis. */
function TypeTick({ x, y, payload }: { x?: number; y?: number; payload?: { value?: unknown } }) {
  const text = String(payload?.value ?? '');
  const short = text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL - 1).trimEnd()}…` : text;
  return (
    <text x={x} y={y} dx={-6} dy={4} textAnchor="end" fontSize={12} fill="var(--axis)">
      {short}
    </text>
  );
}

/** Active groups per type as horizontal bars, most numerous first; the bar labels name the types. */
export default function TypesChart({ data }: { data: readonly TypeCount[] }) {
  const { t, fmt } = useI18n();
  // The translated type is the row's label: the axis and the tooltip title both show it.
  const rows = data.map((row) => ({ ...row, label: t(`groups.type.${row.type}`) }));
  return (
    <BarChart
      responsive
      // The table beside the chart carries its data for screen readers; no focusable SVG inside aria-hidden.
      accessibilityLayer={false}
      layout="vertical"
      data={rows}
      style={{ width: '100%', height: '100%' }}
      margin={{ ...chartMargin, right: 48 }}
    >
      <CartesianGrid strokeDasharray="3 3" stroke="var(--grid)" horizontal={false} />
      <XAxis type="number" {...countAxisProps(fmt)} />
      {/* Thirteen types in the panel's height: one line each, long names shortened (the tooltip and
          the table give them in full). */}
      <YAxis
        type="category"
        dataKey="label"
        {...axisStyle}
        width={LABEL_WIDTH}
        interval={0}
        tick={<TypeTick />}
      />
      <Tooltip {...tooltipProps} content={<ChartTooltipContent />} />
      <Bar dataKey="count" name={t('groups.col.active')} barSize={14} isAnimationActive={false}>
        {/* The counts written out: the smallest types are barely visible beside the largest. */}
        <LabelList
          dataKey="count"
          position="right"
          fontSize={12}
          fill="var(--text)"
          formatter={(v: unknown) => (typeof v === 'number' ? fmt.number(v) : '')}
        />
        {rows.map((row) => (
          <Cell key={row.type} fill={groupTypeColors[row.type]} />
        ))}
      </Bar>
    </BarChart>
  );
}
