import { useMemo } from 'react';
import { useGroupsStats } from '../api/endpoints/groups-stats';
import { useIncidentsStats } from '../api/endpoints/incidents-stats';
import { useMediationStats } from '../api/endpoints/mediation-stats';
import { usePatrolsStats } from '../api/endpoints/patrols-stats';
import { groupsByType, groupSummary, mediationSummary, patrolActivity } from '../figures/activity';
import { overviewFigures } from '../figures/figures';
import { childChanges, largestMoves } from '../figures/incidents';
import { withReportingGaps } from '../figures/reporting';
import { incidentTargetMet } from '../figures/targets';
import { useRanking } from './use-ranking';
import { useReporting } from './use-reporting';
import { useSelectedArea } from './use-selected-area';
import { useTargets } from './use-targets';
import { useViewState } from './use-view-state';

/**
 * The selected area's summary across every resource, as the deck and the printed report show it.
 * The queries are the views' own (same endpoint hooks and parameters, so the same cache entries as
 * the Overview and the Wards ranking) and every figure comes from the figures module: the
 * Overview's, the activity views' summaries, the Wards view's ranking and the Incidents view's
 * largest moves (`movesLimit` per direction).
 */
export function useAreaSummary(movesLimit: number) {
  const view = useViewState();
  const { period, prior } = view;
  const { tree, area, areasQuery, notFound } = useSelectedArea();
  const { targets } = useTargets();

  const enabled = area !== undefined;
  const areaId = area?.id ?? '';
  const own = { areaId, from: prior.from, to: period.to, level: area?.level };
  const incidents = useIncidentsStats(own, { enabled });
  const mediation = useMediationStats(own, { enabled });
  const patrols = usePatrolsStats(own, { enabled });
  const groups = useGroupsStats({ areaId, level: area?.level }, { enabled });
  const rank = useRanking(tree, area, period, prior);

  const groupStat = groups.data?.items.find((g) => g.areaId === areaId);
  const reporting = useReporting(area);
  const { completeness } = reporting;

  const overview = useMemo(() => {
    const f =
      area &&
      overviewFigures({
        areaId: area.id,
        area,
        period,
        incidents: incidents.data?.items ?? [],
        mediation: mediation.data?.items ?? [],
        patrols: patrols.data?.items ?? [],
        groups: groupStat,
      });
    return (
      f && {
        ...f,
        incidents: withReportingGaps(f.incidents, completeness),
        patrols: withReportingGaps(f.patrols, completeness),
      }
    );
  }, [area, period, incidents.data, mediation.data, patrols.data, groupStat, completeness]);
  const incidentTarget = useMemo(
    () => (overview ? incidentTargetMet(overview.incidents, targets) : null),
    [overview, targets],
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
    () => (area && patrols.data ? patrolActivity(patrols.data.items, area.id, period, groupStat) : undefined),
    [area, patrols.data, period, groupStat],
  );

  // The ranking's child rows already span both periods: the largest moves come from them.
  const childIncidents = rank.child.incidents.data;
  const moves = useMemo(() => {
    if (!tree || !area || !childIncidents) return undefined;
    const children = (tree.children.get(area.id) ?? []).map(({ id, name }) => ({ id, name }));
    return largestMoves(childChanges(childIncidents.items, children, period), movesLimit);
  }, [tree, area, childIncidents, period, movesLimit]);

  return {
    view,
    tree,
    area,
    areasQuery,
    notFound,
    targets,
    rank,
    hasChildren: rank.level !== null,
    queries: {
      incidents,
      mediation,
      patrols,
      groups,
      childIncidents: rank.child.incidents,
      ranking: rank.queries,
      reporting: view.data.hasReporting ? [reporting.query] : [],
    },
    overview,
    /** The months in which not every ward reported; null until known, or against a v1 API. */
    completeness,
    incidentTarget,
    mediation: mediationFigures,
    groups: groupFigures,
    /** The groups response arrived without a row for the area: unknown, not zero. */
    groupsMissing: groups.data !== undefined && groupStat === undefined,
    patrolActivity: patrolFigures,
    moves,
    ranking: rank.ranking,
  };
}
