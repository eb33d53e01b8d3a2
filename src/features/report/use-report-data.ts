import { useMemo } from 'react';
import { useGroupsStats } from '../../api/endpoints/groups-stats';
import { useIncidentsStats } from '../../api/endpoints/incidents-stats';
import { useMediationStats } from '../../api/endpoints/mediation-stats';
import { usePatrolsStats } from '../../api/endpoints/patrols-stats';
import type { PanelQuery } from '../../components/panel';
import {
  groupsByType,
  groupSummary,
  mediationSummary,
  monthlyPatrols,
  patrolActivity,
} from '../../figures/activity';
import { overviewFigures } from '../../figures/figures';
import { categoryChanges, childChanges, largestMoves } from '../../figures/incidents';
import { incidentTargetMet } from '../../figures/targets';
import { useDataRange } from '../../hooks/use-data-range';
import { useRanking } from '../../hooks/use-ranking';
import { useSelectedArea } from '../../hooks/use-selected-area';
import { useTargets } from '../../hooks/use-targets';
import { useViewState } from '../../hooks/use-view-state';

/** How many areas each of the "largest rise" and "largest fall" lists shows, as on the Incidents view. */
export const MOVES_LIMIT = 5;

/**
 * Every query and figure of the report. The queries are the views' own (same endpoint hooks and
 * parameters, so the same cache entries as the Overview and the Wards ranking) and every figure
 * comes from the figures module, so the printed numbers are the ones on screen.
 */
export function useReportData() {
  const view = useViewState();
  const { period, prior, asOf } = view;
  const { tree, area, areasQuery, notFound } = useSelectedArea();
  const { targets } = useTargets();
  const { query: rangeQuery } = useDataRange(tree?.root.id, asOf);

  const enabled = area !== undefined;
  const areaId = area?.id ?? '';
  const own = { areaId, from: prior.from, to: period.to, level: area?.level };
  const incidents = useIncidentsStats(own, { enabled });
  const mediation = useMediationStats(own, { enabled });
  const patrols = usePatrolsStats(own, { enabled });
  const groups = useGroupsStats({ areaId, level: area?.level }, { enabled });
  const rank = useRanking(tree, area, period, prior);
  const hasChildren = rank.level !== null;

  const groupStat = groups.data?.items.find((g) => g.areaId === areaId);

  const overview = useMemo(
    () =>
      area &&
      overviewFigures({
        areaId: area.id,
        area,
        period,
        incidents: incidents.data?.items ?? [],
        mediation: mediation.data?.items ?? [],
        patrols: patrols.data?.items ?? [],
        groups: groupStat,
      }),
    [area, period, incidents.data, mediation.data, patrols.data, groupStat],
  );
  const incidentTarget = useMemo(
    () => (overview ? incidentTargetMet(overview.incidents, targets) : null),
    [overview, targets],
  );

  const categories = useMemo(
    () => (area && incidents.data ? categoryChanges(incidents.data.items, area.id, period) : undefined),
    [area, incidents.data, period],
  );

  const mediationFigures = useMemo(
    () =>
      area && mediation.data ? mediationSummary(mediation.data.items, area.id, period, targets) : undefined,
    [area, mediation.data, period, targets],
  );

  const groupFigures = useMemo(
    () =>
      area && groupStat
        ? { summary: groupSummary(groupStat, area), byType: groupsByType(groupStat) }
        : undefined,
    [area, groupStat],
  );

  const patrolFigures = useMemo(
    () =>
      area && patrols.data
        ? {
            activity: patrolActivity(patrols.data.items, area.id, period, groupStat),
            monthly: monthlyPatrols(patrols.data.items, area.id, period),
          }
        : undefined,
    [area, patrols.data, period, groupStat],
  );

  // The ranking's child rows already span both periods: the largest moves come from them.
  const childIncidents = rank.child.incidents.data;
  const moves = useMemo(() => {
    if (!tree || !area || !childIncidents) return undefined;
    const children = (tree.children.get(area.id) ?? []).map(({ id, name }) => ({ id, name }));
    return largestMoves(childChanges(childIncidents.items, children, period), MOVES_LIMIT);
  }, [tree, area, childIncidents, period]);

  // Every request the report makes (a ward's child requests never run, so they are not waited for).
  const allQueries: readonly PanelQuery[] = [
    areasQuery,
    rangeQuery,
    incidents,
    mediation,
    patrols,
    groups,
    ...rank.own.queries,
    rank.own.groups,
    ...(hasChildren ? rank.queries : []),
  ];
  const settled =
    areasQuery.isError || notFound || (area !== undefined && allQueries.every((q) => !q.isPending));

  return {
    view,
    area,
    areasQuery,
    notFound,
    targets,
    hasChildren,
    settled,
    queries: {
      incidents,
      mediation,
      patrols,
      groups,
      childIncidents: rank.child.incidents,
      ranking: rank.queries,
    },
    overview,
    incidentTarget,
    categories,
    mediation: mediationFigures,
    groups: groupFigures,
    /** The groups response arrived without a row for the area: unknown, not zero. */
    groupsMissing: groups.data !== undefined && groupStat === undefined,
    patrols: patrolFigures,
    moves,
    ranking: rank.ranking,
  };
}

export type ReportData = ReturnType<typeof useReportData>;
