import { useMemo } from 'react';
import { useGroupsStats } from '../../api/endpoints/groups-stats';
import { usePatrolsStats } from '../../api/endpoints/patrols-stats';
import type { Area } from '../../api/schemas';
import { monthlyPatrols, patrolActivity, patrolsByArea, patrolShiftShare } from '../../figures/activity';
import type { Period } from '../../figures/months';
import { childLevel, type AreaTree } from '../../lib/area-tree';

/**
 * The Patrols view's queries (monthly patrol stats of the area and its children over the period
 * and a year earlier, group snapshots for "per patrolling group") and the figures computed from them,
 * the day / night split included (null with a v1 API, whose rows lack it).
 */
export function usePatrolsView(
  area: Area | undefined,
  tree: AreaTree | undefined,
  period: Period,
  prior: Period,
) {
  const enabled = area !== undefined;
  const areaId = area?.id ?? '';
  const level = area && tree ? childLevel(tree, area.id) : null;
  const hasChildren = level !== null;
  const children = useMemo(() => (area && tree ? (tree.children.get(area.id) ?? []) : []), [area, tree]);

  const stats = usePatrolsStats({ areaId, from: prior.from, to: period.to, level: area?.level }, { enabled });
  const groups = useGroupsStats({ areaId, level: area?.level }, { enabled });
  const childStats = usePatrolsStats(
    { areaId, from: prior.from, to: period.to, level: level ?? undefined },
    { enabled: enabled && hasChildren },
  );
  const childGroups = useGroupsStats(
    { areaId, level: level ?? undefined },
    { enabled: enabled && hasChildren },
  );

  const figures = useMemo(() => {
    if (!area || !stats.data) return undefined;
    return {
      activity: patrolActivity(
        stats.data.items,
        area.id,
        period,
        groups.data?.items.find((g) => g.areaId === area.id),
      ),
      monthly: monthlyPatrols(stats.data.items, area.id, period),
    };
  }, [area, stats.data, groups.data, period]);

  const byArea = useMemo(
    () =>
      childStats.data && childGroups.data
        ? patrolsByArea(childStats.data.items, childGroups.data.items, children, period)
        : undefined,
    [childStats.data, childGroups.data, children, period],
  );

  const share = useMemo(
    () => (area && stats.data ? patrolShiftShare(stats.data.items, area.id, period) : undefined),
    [area, stats.data, period],
  );

  return { stats, groups, childStats, childGroups, figures, byArea, share, hasChildren };
}
