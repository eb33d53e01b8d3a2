import { useMemo } from 'react';
import { useAreaGeometry } from '../api/endpoints/area-geometry';
import type { Area, AreaLevel } from '../api/schemas';
import { mapValues, quantileClasses, type MapFigureId } from '../figures/map';
import type { Period } from '../figures/months';
import { areasFigures } from '../figures/ranking';
import { childLevel, type AreaTree } from '../lib/area-tree';
import { useAreaStats } from './use-area-stats';
import { useTargets } from './use-targets';

/** The levels below `area` that its subtree has, nearest first: what the map can show. */
export function levelsBelow(tree: AreaTree, area: Area): AreaLevel[] {
  const levels: AreaLevel[] = [];
  let layer: readonly Area[] = tree.children.get(area.id) ?? [];
  while (layer.length > 0) {
    for (const a of layer) if (!levels.includes(a.level)) levels.push(a.level);
    layer = layer.flatMap((a) => tree.children.get(a.id) ?? []);
  }
  return levels;
}

/** The areas at `level` inside `area` (the area itself at its own level), in the picker's order. */
export function areasAt(tree: AreaTree, area: Area, level: AreaLevel): Area[] {
  if (level === area.level) return [area];
  const out: Area[] = [];
  const visit = (a: Area) => {
    for (const c of tree.children.get(a.id) ?? []) {
      if (c.level === level) out.push(c);
      else visit(c);
    }
  };
  visit(area);
  return out;
}

/**
 * What one map shows: the areas at `level` inside `area` (default one level down; a ward shows
 * itself), their boundaries, the selected area's own outline, the figure's value of each and the
 * legend's classes. `missing` are the areas the geometry left out.
 */
export function useMapData(
  tree: AreaTree | undefined,
  area: Area | undefined,
  requestedLevel: AreaLevel | undefined,
  figure: MapFigureId,
  period: Period,
  prior: Period,
) {
  const below = tree && area ? levelsBelow(tree, area) : [];
  const level =
    requestedLevel && below.includes(requestedLevel)
      ? requestedLevel
      : ((tree && area ? childLevel(tree, area.id) : null) ?? area?.level);
  const enabled = area !== undefined && level !== undefined;
  const geometry = useAreaGeometry({ areaId: area?.id ?? '', level }, { enabled });
  const outline = useAreaGeometry({ areaId: area?.id ?? '', level: area?.level }, { enabled });
  const stats = useAreaStats(area, level, period, prior);
  const { targets } = useTargets();

  const result = useMemo(() => {
    if (!tree || !area || !level || !stats.rows) return null;
    const areas = areasAt(tree, area, level);
    const parentNameOf = (a: Area) =>
      a.parentId === null ? null : (tree.byId.get(a.parentId)?.name ?? null);
    const figures = areasFigures(areas, parentNameOf, period, stats.rows, targets);
    const values = mapValues(figure, figures, tree.byId, stats.rows.groups);
    return { areas, values, classes: quantileClasses(values.map((v) => v.value)) };
  }, [tree, area, level, stats.rows, period, targets, figure]);

  const missing = useMemo(() => {
    if (!result || !geometry.data) return [];
    const drawn = new Set(geometry.data.features.map((f) => f.id));
    return result.areas.filter((a) => !drawn.has(a.id));
  }, [result, geometry.data]);

  return {
    level,
    levels: below,
    geometry,
    outline,
    queries: [geometry, ...stats.queries] as const,
    ...(result ?? { areas: null, values: null, classes: null }),
    missing,
  };
}
