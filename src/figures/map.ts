// The Map view's figures: one value per area for the figure picked, with what it was computed
// from, and the legend's classes (five quantile classes, their limits and counts). Values come
// from the ranking's per-area figures (ranking.ts) and the group rows, never recomputed by a view.
import type { Area, GroupStat } from '../api/schemas';
import { camerasPerHouseholds, SMALL_BASE } from './figures';
import { patrollingGroups } from './group-types';
import type { AreaFigures } from './ranking';

export const mapFigureIds = [
  'incidentRate',
  'incidentChange',
  'mediationRate',
  'coverage',
  'patrolsPerGroup',
  'camerasPerHouseholds',
] as const;
export type MapFigureId = (typeof mapFigureIds)[number];

/** A change is coloured on a diverging scheme around 0; every other figure on a sequential one. */
export const DIVERGING_FIGURES: ReadonlySet<MapFigureId> = new Set(['incidentChange']);

export type MapValue = {
  areaId: string;
  /** null: no data (nothing to divide by, or the figure is unknown). */
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  /** The count a change rests on, or a rate's base, is below SMALL_BASE: hatched, not a trend. */
  small: boolean;
  /** The incidents' change against the same months a year earlier (ratio), when known. */
  change: number | null;
};

function value(
  figure: MapFigureId,
  f: AreaFigures,
  area: Area,
  groups: GroupStat | undefined,
): Omit<MapValue, 'areaId' | 'change'> {
  switch (figure) {
    case 'incidentRate':
      return {
        value: f.incidentRate,
        numerator: f.incidents.current,
        denominator: f.population,
        small: f.incidentRate !== null && f.incidents.current < SMALL_BASE,
      };
    case 'incidentChange':
      return {
        value: f.incidents.ratio,
        numerator: f.incidents.current,
        denominator: f.incidents.prior,
        small:
          f.incidents.ratio !== null && (f.incidents.smallBase || f.incidents.incompleteReports === true),
      };
    case 'mediationRate':
      return {
        value: f.mediationRate.value,
        numerator: f.mediationRate.numerator,
        denominator: f.mediationRate.denominator,
        small: f.mediationRate.value !== null && f.mediationRate.denominator < SMALL_BASE,
      };
    case 'coverage':
      return {
        value: f.coverage?.value ?? null,
        numerator: f.coverage?.numerator ?? null,
        denominator: f.coverage?.denominator ?? null,
        small: false,
      };
    case 'patrolsPerGroup': {
      const per = groups ? patrollingGroups(groups) : null;
      return {
        value: per === null || per === 0 ? null : f.patrols / per,
        numerator: f.patrols,
        denominator: per,
        small: false,
      };
    }
    case 'camerasPerHouseholds':
      return {
        value: camerasPerHouseholds(area.cameras, area.households),
        numerator: area.cameras,
        denominator: area.households,
        small: false,
      };
  }
}

/** The figure's value for each area, in the order of `figures`. */
export function mapValues(
  figure: MapFigureId,
  figures: readonly AreaFigures[],
  areas: ReadonlyMap<string, Area>,
  groups: readonly GroupStat[] | null,
): MapValue[] {
  const byArea = new Map((groups ?? []).map((g) => [g.areaId, g]));
  return figures.flatMap((f) => {
    const area = areas.get(f.id);
    if (!area) return [];
    const v = value(figure, f, area, groups === null ? undefined : byArea.get(f.id));
    return [{ areaId: f.id, ...v, change: f.incidents.ratio }];
  });
}

export type MapClass = { index: number; from: number; to: number; count: number };
export type MapClasses = {
  classes: MapClass[];
  /** The lower limit of classes 1…k−1 (a value at or above breaks[i] is in class i + 1 or higher). */
  breaks: number[];
};

export const MAP_CLASS_COUNT = 5;

/**
 * Quantile classes: the sorted values cut into `k` groups of (about) equal counts, the cut at the
 * value found at each k-th of the list. Equal values always share a class, so with many ties
 * there are fewer classes. Each class's limits are its smallest and largest value.
 */
export function quantileClasses(values: readonly (number | null)[], k = MAP_CLASS_COUNT): MapClasses {
  const sorted = values.filter((v): v is number => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
  const min = sorted[0];
  if (min === undefined) return { classes: [], breaks: [] };
  const breaks: number[] = [];
  for (let i = 1; i < k; i++) {
    const b = sorted[Math.floor((i * sorted.length) / k)] as number;
    if (b > min && b !== breaks[breaks.length - 1]) breaks.push(b);
  }
  const classes: MapClass[] = [];
  for (const v of sorted) {
    const index = classIndex(breaks, v);
    const c = classes[index];
    if (c) {
      c.to = v;
      c.count++;
    } else classes[index] = { index, from: v, to: v, count: 1 };
  }
  return { classes: classes.filter((c): c is MapClass => c !== undefined), breaks };
}

/** The class of a value: how many breaks it is at or above. */
export function classIndex(breaks: readonly number[], value: number): number {
  let i = 0;
  while (i < breaks.length && value >= (breaks[i] as number)) i++;
  return i;
}
