import { useMemo } from 'react';
import { useMediationStats } from '../../api/endpoints/mediation-stats';
import type { Area } from '../../api/schemas';
import {
  mediationByArea,
  mediationSummary,
  monthlyOutcomes,
  monthlyResolutionRates,
  outcomesByCategory,
} from '../../figures/activity';
import type { Period } from '../../figures/months';
import type { Targets } from '../../figures/targets';
import { childLevel, type AreaTree } from '../../lib/area-tree';

/**
 * The Mediation view's queries (the area's months and its children's months over the period and a
 * year earlier) and the figures computed from them, the category × outcome counts included (from
 * the rows' byCategory; null with a v1 API). Each panel renders only when its own queries have data.
 */
export function useMediation(
  area: Area | undefined,
  tree: AreaTree | undefined,
  period: Period,
  prior: Period,
  targets: Targets,
) {
  const enabled = area !== undefined;
  const areaId = area?.id ?? '';
  const level = area && tree ? childLevel(tree, area.id) : null;
  const children = useMemo(() => (area && tree ? (tree.children.get(area.id) ?? []) : []), [area, tree]);

  const stats = useMediationStats(
    { areaId, from: prior.from, to: period.to, level: area?.level },
    { enabled },
  );
  const childStats = useMediationStats(
    { areaId, from: prior.from, to: period.to, level: level ?? undefined },
    { enabled: enabled && level !== null },
  );

  const figures = useMemo(() => {
    if (!area || !stats.data) return undefined;
    const items = stats.data.items;
    return {
      summary: mediationSummary(items, area.id, period, targets),
      rates: monthlyResolutionRates(items, area.id, period),
      outcomes: monthlyOutcomes(items, area.id, period),
    };
  }, [area, stats.data, period, targets]);

  const byCategory = useMemo(
    () => (area && stats.data ? outcomesByCategory(stats.data.items, area.id, period) : undefined),
    [area, stats.data, period],
  );

  const byArea = useMemo(
    () => (childStats.data ? mediationByArea(childStats.data.items, children, period, targets) : undefined),
    [childStats.data, children, period, targets],
  );

  return { stats, childStats, figures, byCategory, byArea, hasChildren: level !== null };
}
