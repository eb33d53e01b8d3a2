// Axis scales computed once for several charts, so small multiples share one y-scale and the eye
// compares bar heights fairly. The chart receives the domain and ticks; it computes nothing.

export type Scale = { max: number; ticks: number[] };

/** A "nice" step (1, 2, 2.5 or 5 times a power of ten) close to `raw`. */
function niceStep(raw: number, integer: boolean): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  const candidates = [1, 2, 2.5, 5, 10].map((m) => m * power);
  const step = candidates.find((c) => c >= raw) ?? 10 * power;
  // 2.5 between counts would give ticks like 2.5; round up to whole numbers.
  return integer ? Math.max(1, Math.ceil(step)) : step;
}

/**
 * A scale from 0 to a round value at or above every value, with about `tickCount` steps.
 * Counts get whole-number ticks; an all-zero (or empty) series still gets a visible axis.
 */
export function niceScale(
  values: readonly (number | null)[],
  options: { integer?: boolean; tickCount?: number } = {},
): Scale {
  const integer = options.integer ?? true;
  const tickCount = options.tickCount ?? 4;
  let max = 0;
  for (const v of values) if (v !== null && Number.isFinite(v) && v > max) max = v;
  if (max === 0) max = integer ? tickCount : 1;
  const step = niceStep(max / tickCount, integer);
  const top = Math.ceil(max / step - 1e-9) * step;
  const ticks: number[] = [];
  // Multiplying (not adding) keeps 0.1 steps from drifting to 0.30000000000000004.
  for (let i = 0; i * step <= top + step * 1e-9; i++) ticks.push(Number((i * step).toPrecision(12)));
  return { max: ticks[ticks.length - 1] ?? top, ticks };
}
