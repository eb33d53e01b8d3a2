import { useMemo } from 'react';
import type { Area, AreaLevel } from '../api/schemas';
import type { Period } from '../figures/months';
import { ranking } from '../figures/ranking';
import { markRankingGaps } from '../figures/reporting';
import { childLevel, type AreaTree } from '../lib/area-tree';
import { useAreaStats } from './use-area-stats';
import { useRowsWithGaps } from './use-reporting';
import { useTargets } from './use-targets';

/** What a ranking lists: the area's children (the default) or every ward under it. */
export type RankingDepth = 'children' | 'ward';

/** The level of a ranking's rows: the children's, or 'ward' for every ward; null under a ward. */
export function rankingLevel(tree: AreaTree, areaId: string, depth: RankingDepth): AreaLevel | null {
  const level = childLevel(tree, areaId);
  return level !== null && depth === 'ward' ? 'ward' : level;
}

/**
 * The ranking of the area's children, or of every ward under it (`depth`): their stats fetched
 * at the rows' level (districts, or wards when the tree has none) and the area's own stats for
 * the totals row. `level` is null for a ward, which has nothing to rank (its child queries never run).
 */
export function useRanking(
  tree: AreaTree | undefined,
  area: Area | undefined,
  period: Period,
  prior: Period,
  depth: RankingDepth = 'children',
) {
  const level = tree && area ? rankingLevel(tree, area.id, depth) : null;
  const child = useAreaStats(area, level, period, prior);
  const own = useAreaStats(area, area?.level, period, prior);
  const { targets } = useTargets();

  const gaps = useRowsWithGaps(area, level, period, prior);

  const result = useMemo(() => {
    if (!tree || !area || !child.rows) return null;
    const r = ranking({
      tree,
      areaId: area.id,
      period,
      ...(level ? { level } : {}),
      childStats: child.rows,
      ownStats: own.rows,
      targets,
    });
    return gaps.ids ? { ...r, ...markRankingGaps(r.rows, r.totals, gaps.ids) } : r;
  }, [tree, area, period, level, child.rows, own.rows, targets, gaps.ids]);

  return {
    level,
    /** The queries the ranking table waits for (the totals row appears when the area's own arrive). */
    queries: [child.incidents, child.mediation, child.patrols, child.groups, ...gaps.queries] as const,
    child,
    own,
    ranking: result,
  };
}
