// Shared recharts parts: the tooltip content, a labelled target line and the usual-range band.
// Recharts 3 lets its parts be wrapped in our own components, so views use these like any
// recharts element inside a chart.
import { Area, DefaultZIndexes, ReferenceArea, ReferenceLine, type TooltipPayload } from 'recharts';
import { isMonth } from '../../figures/months';
import { useI18n } from '../../i18n/i18n-context';
import { seriesColors } from '../colors';
import { CHART_FONT_SIZE, valueFormatter, type ValueKind } from './chart-style';

export interface ChartTooltipContentProps {
  // Filled in by recharts when passed as `<Tooltip content={<ChartTooltipContent … />} />`.
  active?: boolean;
  payload?: TooltipPayload;
  label?: string | number;
  /** How the series' values are written: counts (default), fractions as percentages, decimals. */
  kind?: ValueKind;
  /** A figure of the hovered row shown under the series, e.g. the month's total. */
  summary?: { label: string; dataKey: string };
}

/**
 * Exact values of the hovered point, formatted for the locale, with the month written in full.
 * A range value [low, high] (the usual-range band) is written "low – high".
 */
export function ChartTooltipContent({
  active,
  payload,
  label,
  kind = 'number',
  summary,
}: ChartTooltipContentProps) {
  const { fmt } = useI18n();
  if (!active || !payload || payload.length === 0) return null;
  const format = valueFormatter(fmt, kind);
  const title = typeof label === 'string' && isMonth(label) ? fmt.month(label) : String(label ?? '');
  const row: unknown = payload[0]?.payload;
  const summaryValue =
    summary && typeof row === 'object' && row !== null
      ? (row as Record<string, unknown>)[summary.dataKey]
      : undefined;
  const text = (value: unknown): string => {
    if (typeof value === 'number') return format(value);
    if (Array.isArray(value) && value.length === 2) {
      const [lo, hi] = value as unknown[];
      if (typeof lo === 'number' && typeof hi === 'number') return `${format(lo)} – ${format(hi)}`;
    }
    return '—';
  };
  return (
    <div
      style={{
        background: 'var(--surface)',
        color: 'var(--text)',
        border: '1px solid var(--border)',
        borderRadius: 6,
        padding: '6px 10px',
        fontSize: CHART_FONT_SIZE,
        boxShadow: '0 4px 12px rgb(0 0 0 / 0.15)',
        minWidth: 160,
      }}
    >
      <p style={{ fontWeight: 700, marginBottom: 4 }}>{title}</p>
      <ul>
        {payload
          .filter((entry) => entry.type !== 'none' && !entry.hide)
          .map((entry) => (
            <li key={String(entry.dataKey ?? entry.name)} className="flex items-center gap-2">
              <span
                aria-hidden="true"
                style={{
                  display: 'inline-block',
                  width: 10,
                  height: 10,
                  borderRadius: 2,
                  background: entry.color ?? entry.stroke ?? entry.fill,
                }}
              />
              <span className="grow">{entry.name}</span>
              <span style={{ fontVariantNumeric: 'tabular-nums', fontWeight: 600 }}>{text(entry.value)}</span>
            </li>
          ))}
      </ul>
      {summary && (
        <p
          className="flex gap-2"
          style={{ borderTop: '1px solid var(--border)', marginTop: 4, paddingTop: 4 }}
        >
          <span className="grow">{summary.label}</span>
          <span style={{ fontVariantNumeric: 'tabular-nums', fontWeight: 700 }}>{text(summaryValue)}</span>
        </p>
      )}
    </div>
  );
}

/**
 * A dashed horizontal line at a target value, labelled so it reads without a legend; `fontSize`
 * scales the label with the chart's type (a slide). `labelBehindSeries` draws the label under the
 * series instead of over them: values near the target then stay whole, the label crossed by them.
 */
export function TargetLine({
  y,
  label,
  yAxisId,
  fontSize = CHART_FONT_SIZE,
}: {
  y: number;
  label: string;
  yAxisId?: string | number;
  fontSize?: number;
}) {
  return (
    <ReferenceLine
      y={y}
      {...(yAxisId === undefined ? {} : { yAxisId })}
      stroke={seriesColors.reference}
      strokeDasharray="6 4"
      strokeWidth={(1.5 * fontSize) / CHART_FONT_SIZE}
      // The target stays in view even when every value lies far below it.
      ifOverflow="extendDomain"
      label={{
        value: label,
        position: 'insideTopRight',
        fill: seriesColors.reference,
        fontSize,
        fontWeight: 600,
        // Behind the series, so a month's point is never hidden by the label; a halo in the
        // panel's colour keeps the label legible over grid lines and the target line itself.
        stroke: 'var(--surface)',
        strokeWidth: (4 * fontSize) / CHART_FONT_SIZE,
        strokeLinejoin: 'round',
        paintOrder: 'stroke',
        zIndex: DefaultZIndexes.line - 50,
      }}
    />
  );
}

/**
 * The usual range per point as a shaded band: `dataKey` names a [low, high] pair on each row
 * (null where there is no range). Draw it before the series so they sit on top.
 */
export function UsualRangeArea({
  dataKey,
  name,
  yAxisId,
}: {
  dataKey: string;
  name: string;
  yAxisId?: string | number;
}) {
  return (
    <Area
      dataKey={dataKey}
      name={name}
      {...(yAxisId === undefined ? {} : { yAxisId })}
      type="monotone"
      stroke="none"
      fill={seriesColors.usualRange}
      fillOpacity={0.25}
      activeDot={false}
      legendType="square"
      connectNulls={false}
      isAnimationActive={false}
    />
  );
}

/** One usual range for the whole chart (e.g. a yearly figure) as a shaded horizontal band. */
export function UsualRangeBand({
  low,
  high,
  label,
  yAxisId,
}: {
  low: number;
  high: number;
  label?: string;
  yAxisId?: string | number;
}) {
  return (
    <ReferenceArea
      y1={low}
      y2={high}
      {...(yAxisId === undefined ? {} : { yAxisId })}
      fill={seriesColors.prior}
      fillOpacity={0.2}
      stroke="none"
      ifOverflow="extendDomain"
      {...(label
        ? {
            label: {
              value: label,
              position: 'insideTopLeft',
              fill: 'var(--text)',
              fontSize: CHART_FONT_SIZE,
            },
          }
        : {})}
    />
  );
}
