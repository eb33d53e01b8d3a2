import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import { groupsStatsQueryOptions } from '../../api/endpoints/groups-stats';
import { incidentsStatsQueryOptions } from '../../api/endpoints/incidents-stats';
import { mediationStatsQueryOptions } from '../../api/endpoints/mediation-stats';
import { patrolsStatsQueryOptions } from '../../api/endpoints/patrols-stats';
import type { Area } from '../../api/schemas';
import { compareFigures, parseCompareIds } from '../../figures/compare';
import type { Period } from '../../figures/months';
import { usualRangeDataRange, usualRangeHistoryFrom } from '../../figures/usual-range';
import { useTargets } from '../../hooks/use-targets';
import { useViewState } from '../../hooks/use-view-state';
import type { AreaTree } from '../../lib/area-tree';

/**
 * Module scope on purpose: TanStack Query re-runs `combine` only when a result changes if the
 * function itself is stable, so `data` keeps its identity between renders and memos hold.
 */
function combine<T>(results: UseQueryResult<T>[]) {
  return { results, data: results.map((r) => r.data) };
}

/**
 * The picked areas (from the `areas` URL parameter) and their figures. Each area's stats are
 * fetched at its own level with the same parameters as the Area detail view, so going from one
 * view to the other reuses the cached responses.
 */
export function useCompare(
  tree: AreaTree | undefined,
  areasParam: string | undefined,
  period: Period,
  prior: Period,
) {
  const { targets } = useTargets();
  const firstMonth = useViewState().data.from;

  const areas = useMemo<Area[]>(() => {
    if (!tree) return [];
    return parseCompareIds(areasParam, (id) => tree.byId.has(id)).flatMap((id) => tree.byId.get(id) ?? []);
  }, [tree, areasParam]);

  const params = (a: Area) => ({ areaId: a.id, from: prior.from, to: period.to, level: a.level });
  const incidents = useQueries({
    queries: areas.map((a) =>
      incidentsStatsQueryOptions({ ...params(a), from: usualRangeHistoryFrom(period) }),
    ),
    combine,
  });
  const mediation = useQueries({ queries: areas.map((a) => mediationStatsQueryOptions(params(a))), combine });
  const patrols = useQueries({ queries: areas.map((a) => patrolsStatsQueryOptions(params(a))), combine });
  const groups = useQueries({
    queries: areas.map((a) => groupsStatsQueryOptions({ areaId: a.id, level: a.level })),
    combine,
  });

  const figures = useMemo(() => {
    if (!tree || areas.length === 0) return null;
    const dataRange = usualRangeDataRange(period, firstMonth);
    const stats = areas.map((area, i) => {
      const inc = incidents.data[i];
      const med = mediation.data[i];
      const pat = patrols.data[i];
      if (!inc || !med || !pat) return null;
      return {
        area,
        parentName: area.parentId === null ? null : (tree.byId.get(area.parentId)?.name ?? null),
        stats: {
          incidents: inc.items,
          mediation: med.items,
          patrols: pat.items,
          groups: groups.data[i]?.items ?? null,
          ...(dataRange ? { dataRange } : {}),
        },
      };
    });
    if (stats.some((s) => s === null)) return null;
    return compareFigures({ period, targets, areas: stats.flatMap((s) => (s ? [s] : [])) });
  }, [tree, areas, period, targets, firstMonth, incidents.data, mediation.data, patrols.data, groups.data]);

  return {
    areas,
    queries: [...incidents.results, ...mediation.results, ...patrols.results, ...groups.results],
    figures,
  };
}
