// The Compare view's figures: the same per-area figures as the ranking for each picked area, their
// monthly trends, and ONE y-scale per measure shared by every small multiple, so that a taller
// bar always means a bigger number whichever chart it is in.

import type { Area } from '../api/schemas';
import { areaTrends, type TrendPoint } from './area-trends';
import type { Period } from './months';
import { areasFigures, type AreaFigures, type StatsRows } from './ranking';
import { niceScale, type Scale } from './scale';
import type { Targets } from './targets';

export const MIN_COMPARE = 2;
export const MAX_COMPARE = 6;

export type CompareArea = { figures: AreaFigures; trends: TrendPoint[] };

export type CompareFigures = {
  areas: CompareArea[];
  scales: { incidents: Scale; mediationRate: Scale; patrols: Scale };
};

export type CompareInput = {
  /** The picked areas with their own-level stats (null while any of them is still unknown). */
  areas: readonly { area: Area; parentName: string | null; stats: StatsRows }[];
  period: Period;
  targets: Targets;
};

export function compareFigures(input: CompareInput): CompareFigures {
  const { period, targets } = input;
  const areas = input.areas.map(({ area, parentName, stats }) => ({
    figures: areasFigures([area], () => parentName, period, stats, targets)[0] as AreaFigures,
    trends: areaTrends({
      areaId: area.id,
      period,
      incidents: stats.incidents,
      mediation: stats.mediation,
      patrols: stats.patrols,
      ...(stats.dataRange ? { dataRange: stats.dataRange } : {}),
    }),
  }));
  const all = areas.flatMap((a) => a.trends);
  return {
    areas,
    scales: {
      incidents: niceScale(all.flatMap((p) => [p.incidents, p.priorIncidents])),
      // A share runs from 0 to 100 %: the full range keeps a 60 % month from looking like a
      // failure next to a zoomed-in axis, and the target line always fits.
      mediationRate: niceScale([1], { integer: false }),
      patrols: niceScale(all.map((p) => p.patrols)),
    },
  };
}

/**
 * The `areas` URL parameter ("a,b,c") as known area ids: unknown and repeated ids dropped, at most
 * MAX_COMPARE kept, in the order given.
 */
export function parseCompareIds(value: string | undefined, known: (id: string) => boolean): string[] {
  if (!value) return [];
  const ids: string[] = [];
  for (const id of value.split(',')) {
    const trimmed = id.trim();
    if (trimmed && known(trimmed) && !ids.includes(trimmed)) ids.push(trimmed);
    if (ids.length === MAX_COMPARE) break;
  }
  return ids;
}

/** Adds or removes an id, refusing to go past MAX_COMPARE; the result as the URL writes it. */
export function toggleCompareId(ids: readonly string[], id: string): string | undefined {
  const next = ids.includes(id)
    ? ids.filter((x) => x !== id)
    : ids.length >= MAX_COMPARE
      ? [...ids]
      : [...ids, id];
  return next.length > 0 ? next.join(',') : undefined;
}
