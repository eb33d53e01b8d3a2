import { useMemo } from 'react';

/**
 * recharts takes a mutable array; copying it on every render would give recharts a new data
 * identity each time and make it recompute every selector (a language switch would redraw all).
 */
export function useChartRows<T>(data: readonly T[]): T[] {
  return useMemo(() => [...data], [data]);
}
