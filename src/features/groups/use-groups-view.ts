import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { groupsQueryOptions } from '../../api/endpoints/groups';
import { useGroupsStats } from '../../api/endpoints/groups-stats';
import type { Area } from '../../api/schemas';
import { coverageByArea, groupsByType, groupSummary } from '../../figures/activity';
import { childLevel, type AreaTree } from '../../lib/area-tree';

/**
 * The Groups view's snapshot queries (the area's group stats, its children's, and how many groups
 * are national and provincial models) and the figures computed from them.
 */
export function useGroupsView(area: Area | undefined, tree: AreaTree | undefined) {
  const enabled = area !== undefined;
  const areaId = area?.id ?? '';
  const level = area && tree ? childLevel(tree, area.id) : null;
  const children = useMemo(() => (area && tree ? (tree.children.get(area.id) ?? []) : []), [area, tree]);

  const stats = useGroupsStats({ areaId, level: area?.level }, { enabled });
  const childStats = useGroupsStats(
    { areaId, level: level ?? undefined },
    { enabled: enabled && level !== null },
  );
  // Only the totals are read (pageSize 1): the list panel below pages through the models itself.
  const national = useQuery({
    ...groupsQueryOptions({ areaId, recognition: ['national'], pageSize: 1 }),
    enabled,
  });
  const provincial = useQuery({
    ...groupsQueryOptions({ areaId, recognition: ['provincial'], pageSize: 1 }),
    enabled,
  });

  const stat = stats.data?.items.find((s) => s.areaId === areaId);
  const figures = useMemo(
    () => (area && stat ? { summary: groupSummary(stat, area), byType: groupsByType(stat) } : undefined),
    [area, stat],
  );
  const byArea = useMemo(
    () => (childStats.data ? coverageByArea(childStats.data.items, children) : undefined),
    [childStats.data, children],
  );
  const models =
    national.data && provincial.data
      ? { national: national.data.total, provincial: provincial.data.total }
      : undefined;

  return { stats, childStats, national, provincial, figures, byArea, models, hasChildren: level !== null };
}
