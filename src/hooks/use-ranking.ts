import { useMemo } from 'react';
import type { Area } from '../api/schemas';
import type { Period } from '../figures/months';
import { ranking } from '../figures/ranking';
import { markRankingGaps } from '../figures/reporting';
import { childLevel, type AreaTree } from '../lib/area-tree';
import { useAreaStats } from './use-area-stats';
import { useRowsWithGaps } from './use-reporting';
import { useTargets } from './use-targets';

/**
 * The ranking of the area's children: their stats fetched at the children's level (districts,
 * or wards when the tree has none) and the area's own stats for the totals row. `level` is null
 * for a ward, which has nothing to rank (its child queries never run).
 */
export function useRanking(
  tree: AreaTree | undefined,
  area: Area | undefined,
  period: Period,
  prior: Period,
) {
  const level = tree && area ? childLevel(tree, area.id) : null;
  const child = useAreaStats(area, level, period, prior);
  const own = useAreaStats(area, area?.level, period, prior);
  const { targets } = useTargets();

  const gaps = useRowsWithGaps(area, level, period, prior);

  const result = useMemo(() => {
    if (!tree || !area || !child.rows) return null;
    const r = ranking({ tree, areaId: area.id, period, childStats: child.rows, ownStats: own.rows, targets });
    return gaps.ids ? { ...r, ...markRankingGaps(r.rows, r.totals, gaps.ids) } : r;
  }, [tree, area, period, child.rows, own.rows, targets, gaps.ids]);

  return {
    level,
    /** The queries the ranking table waits for (the totals row appears when the area's own arrive). */
    queries: [child.incidents, child.mediation, child.patrols, child.groups, ...gaps.queries] as const,
    child,
    own,
    ranking: result,
  };
}
