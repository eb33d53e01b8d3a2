import { useMemo } from 'react';
import { useIncidentsStats } from '../../api/endpoints/incidents-stats';
import type { IncidentCategory } from '../../api/schemas';
import { useSelectedArea } from '../../hooks/use-selected-area';
import { useViewState } from '../../hooks/use-view-state';
import {
  categoryChanges,
  childChanges,
  heatTable,
  largestMoves,
  monthlyByCategory,
  type AreaRef,
} from '../../figures/incidents';
import { compareMonths } from '../../figures/months';
import { childLevel } from '../../lib/area-tree';

/** How many areas each of the "largest rise" and "largest fall" lists shows. */
export const MOVES_LIMIT = 5;

/**
 * The Incidents view's queries and figures. Two requests: the area's own monthly rows (period and
 * the year before, shared with the Overview's cache entry) and its children's rows over the whole
 * data history, which the heat table's usual ranges need.
 */
export function useIncidents(focus: IncidentCategory | undefined) {
  const view = useViewState();
  const { period, prior } = view;
  const { area, areasQuery, tree, notFound } = useSelectedArea();
  const firstMonth = view.data.from;

  const own = useIncidentsStats(
    { areaId: area?.id ?? '', from: prior.from, to: period.to, level: area?.level },
    { enabled: area !== undefined },
  );

  const level = tree && area ? childLevel(tree, area.id) : null;
  const children: AreaRef[] = useMemo(
    () => (tree && area ? (tree.children.get(area.id) ?? []).map(({ id, name }) => ({ id, name })) : []),
    [tree, area],
  );
  // History from the first month with data (for the usual range), never starting after the prior
  // period.
  const historyFrom = compareMonths(firstMonth, prior.from) < 0 ? firstMonth : prior.from;
  const history = useMemo(() => ({ from: historyFrom, to: period.to }), [historyFrom, period.to]);
  const kids = useIncidentsStats(
    { areaId: area?.id ?? '', from: history.from, to: history.to, level: level ?? undefined },
    { enabled: area !== undefined && level !== null },
  );

  const ownFigures = useMemo(() => {
    if (!area || !own.data) return undefined;
    const items = own.data.items;
    return {
      monthly: monthlyByCategory(items, area.id, period, focus),
      changes: categoryChanges(items, area.id, period),
    };
  }, [area, own.data, period, focus]);

  const childFigures = useMemo(() => {
    if (!kids.data) return undefined;
    const items = kids.data.items;
    return {
      moves: largestMoves(childChanges(items, children, period, focus), MOVES_LIMIT),
      heat: heatTable(items, children, period, history, focus),
    };
  }, [kids.data, children, period, history, focus]);

  return {
    view,
    area,
    areasQuery,
    notFound,
    own,
    kids,
    hasChildren: children.length > 0,
    ownFigures,
    childFigures,
  };
}
