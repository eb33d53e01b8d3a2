// The one look of every recharts chart: spread these props onto the recharts parts so axes,
// grids and legends read the same in every view, on a projector and in both themes (colours are
// CSS variables that switch with the theme). Formatting goes through the locale's `fmt`; no figure
// is computed here. The shared components (tooltip content, target line, usual-range band) are in
// chart-parts.tsx.
import type { CSSProperties } from 'react';
import type { Formatters } from '../../i18n/format';

/** Projector-legible: never below 12 px. */
export const CHART_FONT_SIZE = 13;

/** Room around the plot: enough on the right for the last month label and a target line's text. */
export const chartMargin = { top: 12, right: 16, bottom: 4, left: 4 } as const;

const tick = { fontSize: CHART_FONT_SIZE, fill: 'var(--axis)' } as const;

/** Stroke and tick style shared by both axes. */
export const axisStyle = {
  stroke: 'var(--axis)',
  tick,
  tickLine: { stroke: 'var(--axis)' },
} as const;

/**
 * Horizontal guide lines only: vertical ones add clutter to monthly bars. recharts still works out
 * where vertical lines would go (measuring every month label in the DOM, 13–15 ms a redraw on our
 * 2-core machine) unless it is told there are none.
 */
export const gridProps = {
  strokeDasharray: '3 3',
  stroke: 'var(--grid)',
  vertical: false,
  verticalCoordinatesGenerator: noVerticalLines,
} as const;

function noVerticalLines(): number[] {
  return [];
}

/**
 * Legend in the series' own order (recharts sorts by name otherwise), its text in the text colour
 * rather than the series colour, which can be too faint to read on one of the themes.
 */
export const legendProps = {
  iconSize: 12,
  itemSorter: null,
  wrapperStyle: { fontSize: CHART_FONT_SIZE, paddingTop: 4 } satisfies CSSProperties,
  formatter: (value: unknown) => <span style={{ color: 'var(--text)' }}>{String(value)}</span>,
} as const;

/** X axis of months "YYYY-MM": short locale labels, thinned out rather than overlapping on phones. */
export function monthAxisProps(fmt: Formatters, dataKey = 'month') {
  return {
    ...axisStyle,
    dataKey,
    tickFormatter: (m: string) => fmt.monthShort(m),
    interval: 'preserveStartEnd' as const,
    minTickGap: 8,
  };
}

/**
 * Value axes step by 1, 2, 2.5 or 5 × 10ⁿ (0, 1,000, 2,000 … rather than 0, 950, 1,900 …: read
 * aloud at a conference), and show every one of those few ticks: recharts would otherwise
 * measure each label in the DOM to thin them out, which they never need.
 */
const valueAxisStyle = { ...axisStyle, interval: 0, niceTicks: 'snap125' } as const;

/** Y axis of counts in the locale's number format. */
export function countAxisProps(fmt: Formatters, width = 56) {
  return {
    ...valueAxisStyle,
    allowDecimals: false,
    width,
    tickFormatter: (n: number) => fmt.number(n),
  };
}

/** Y axis of fractions (0.8 → "80 %"), whole percentages on the ticks. */
export function percentAxisProps(fmt: Formatters, width = 56) {
  return {
    ...valueAxisStyle,
    width,
    tickFormatter: (f: number) => fmt.percent(f, 0),
  };
}

/** Y axis of decimal figures such as rates (one decimal). */
export function decimalAxisProps(fmt: Formatters, width = 56) {
  return {
    ...valueAxisStyle,
    width,
    tickFormatter: (n: number) => fmt.number(n, 1),
  };
}

/** The cursor shading behind the hovered month. */
export const tooltipCursor = { fill: 'var(--grid)', fillOpacity: 0.6 } as const;

/** Tooltip wrapper: above the plot, no recharts animation lag on slow projector laptops. */
export const tooltipProps = {
  cursor: tooltipCursor,
  isAnimationActive: false,
  wrapperStyle: { zIndex: 10, outline: 'none' } satisfies CSSProperties,
} as const;

/** What a chart's values are: counts, fractions shown as percentages, or decimals such as rates. */
export type ValueKind = 'number' | 'percent' | 'decimal';

/** Exact value formatting for tooltips and labels (ticks use the rounder axis formatters above). */
export function valueFormatter(fmt: Formatters, kind: ValueKind): (value: number) => string {
  if (kind === 'percent') return (v) => fmt.percent(v, 1);
  if (kind === 'decimal') return (v) => fmt.number(v, 1);
  return (v) => fmt.number(v);
}
