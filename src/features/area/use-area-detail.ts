import { useMemo } from 'react';
import type { Area } from '../../api/schemas';
import { areaTrends, incidentTargetNote } from '../../figures/area-trends';
import { groupsOverview, overviewFigures } from '../../figures/figures';
import type { Period } from '../../figures/months';
import { useRanking } from '../../hooks/use-ranking';
import { useTargets } from '../../hooks/use-targets';
import type { AreaTree } from '../../lib/area-tree';

/**
 * Everything the Area detail view shows: the area's own figures (the Overview's KPIs), its
 * month-by-month trends with the usual range, and the ranking of its children, if it has children.
 */
export function useAreaDetail(
  tree: AreaTree | undefined,
  area: Area | undefined,
  period: Period,
  prior: Period,
) {
  const r = useRanking(tree, area, period, prior);
  const { targets } = useTargets();
  const own = r.own;

  const figures = useMemo(() => {
    if (!area || !own.rows) return null;
    return overviewFigures({
      areaId: area.id,
      area,
      period,
      incidents: own.rows.incidents,
      mediation: own.rows.mediation,
      patrols: own.rows.patrols,
      groups: own.groups.data?.items.find((g) => g.areaId === area.id),
    });
  }, [area, own.rows, own.groups.data, period]);

  // The groups panel needs only the groups snapshot: it must not go blank when a stats request fails.
  const groupFigures = useMemo(() => {
    if (!area || !own.groups.data) return null;
    const g = groupsOverview(
      own.groups.data.items.find((x) => x.areaId === area.id),
      area,
    );
    return { ...g, population: area.population, cameras: area.cameras };
  }, [area, own.groups.data]);

  const trends = useMemo(() => {
    if (!area || !own.rows) return null;
    return areaTrends({
      areaId: area.id,
      period,
      incidents: own.rows.incidents,
      mediation: own.rows.mediation,
      patrols: own.rows.patrols,
      ...(own.rows.dataRange ? { dataRange: own.rows.dataRange } : {}),
    });
  }, [area, own.rows, period]);

  const incidentTarget = useMemo(
    () => (figures ? incidentTargetNote(figures.incidents, targets) : null),
    [figures, targets],
  );

  return { ranking: r, own, figures, groupFigures, trends, incidentTarget, targets };
}
