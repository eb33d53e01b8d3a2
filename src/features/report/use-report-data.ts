import { useMemo } from 'react';
import type { PanelQuery } from '../../components/panel';
import { monthlyPatrols } from '../../figures/activity';
import { categoryChanges } from '../../figures/incidents';
import { useAreaSummary } from '../../hooks/use-area-summary';

/** How many areas each of the "largest rise" and "largest fall" lists shows, as on the Incidents view. */
export const MOVES_LIMIT = 5;

/**
 * Every query and figure of the report: the area summary the deck shares (so the printed numbers
 * are the ones on screen), plus the report's own category changes and monthly patrols, and whether
 * every request has settled so printing can start.
 */
export function useReportData() {
  const { rank, patrolActivity, ...summary } = useAreaSummary(MOVES_LIMIT);
  const { view, area, areasQuery, notFound, hasChildren, queries } = summary;
  const { period } = view;
  const { incidents, patrols } = queries;

  const categories = useMemo(
    () => (area && incidents.data ? categoryChanges(incidents.data.items, area.id, period) : undefined),
    [area, incidents.data, period],
  );

  const patrolFigures = useMemo(
    () =>
      area && patrols.data && patrolActivity
        ? { activity: patrolActivity, monthly: monthlyPatrols(patrols.data.items, area.id, period) }
        : undefined,
    [area, patrols.data, period, patrolActivity],
  );

  // Every request the report makes (a ward's child requests never run, so they are not waited for).
  const allQueries: readonly PanelQuery[] = [
    areasQuery,
    queries.incidents,
    queries.mediation,
    queries.patrols,
    queries.groups,
    ...rank.own.queries,
    rank.own.groups,
    ...(hasChildren ? rank.queries : []),
  ];
  const settled =
    areasQuery.isError || notFound || (area !== undefined && allQueries.every((q) => !q.isPending));

  return { ...summary, settled, categories, patrols: patrolFigures };
}

export type ReportData = ReturnType<typeof useReportData>;
