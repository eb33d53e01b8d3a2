import { useMemo } from 'react';
import { useGroupsStats } from '../api/endpoints/groups-stats';
import { useIncidentsStats } from '../api/endpoints/incidents-stats';
import { useMediationStats } from '../api/endpoints/mediation-stats';
import { usePatrolsStats } from '../api/endpoints/patrols-stats';
import type { Area, AreaLevel } from '../api/schemas';
import type { Period } from '../figures/months';
import type { StatsRows } from '../figures/ranking';
import { usualRangeDataRange, usualRangeHistoryFrom } from '../figures/usual-range';
import { useViewState } from './use-view-state';

/**
 * The four stats resources of an area aggregated to `level` (its own level for its figures, its
 * children's level for a ranking): one request each. Incidents reach back USUAL_RANGE_YEARS before
 * the period for the usual range; the others span the prior period's start to the period's end.
 * `rows` is there once incidents, mediation and patrols have all arrived; a missing group
 * response leaves the group figures unknown rather than failing the whole table.
 */
export function useAreaStats(
  area: Area | undefined,
  level: AreaLevel | null | undefined,
  period: Period,
  prior: Period,
) {
  const enabled = area !== undefined && level !== null && level !== undefined;
  const areaId = area?.id ?? '';
  const lvl = level ?? undefined;
  const incidents = useIncidentsStats(
    { areaId, from: usualRangeHistoryFrom(period), to: period.to, level: lvl },
    { enabled },
  );
  const params = { areaId, from: prior.from, to: period.to, level: lvl };
  const mediation = useMediationStats(params, { enabled });
  const patrols = usePatrolsStats(params, { enabled });
  const groups = useGroupsStats({ areaId, level: lvl }, { enabled });

  const firstMonth = useViewState().data.from;

  const rows = useMemo<StatsRows | null>(() => {
    if (!incidents.data || !mediation.data || !patrols.data) return null;
    const dataRange = usualRangeDataRange(period, firstMonth);
    return {
      incidents: incidents.data.items,
      mediation: mediation.data.items,
      patrols: patrols.data.items,
      groups: groups.data?.items ?? null,
      ...(dataRange ? { dataRange } : {}),
    };
  }, [incidents.data, mediation.data, patrols.data, groups.data, period, firstMonth]);

  return { incidents, mediation, patrols, groups, rows, queries: [incidents, mediation, patrols] as const };
}
