import { useMemo } from 'react';
import { useGroupsStats } from '../../api/endpoints/groups-stats';
import { useIncidentsStats } from '../../api/endpoints/incidents-stats';
import { useMediationStats } from '../../api/endpoints/mediation-stats';
import { usePatrolsStats } from '../../api/endpoints/patrols-stats';
import type { Area } from '../../api/schemas';
import { groupsOverview, incidentsOverview, mediationOverview, patrolsOverview } from '../../figures/figures';
import type { Period } from '../../figures/months';

// One hook per panel: each panel subscribes to its own response only, so a response arriving
// re-renders one panel rather than the whole page (a frame stays well under 50 ms).

function statsParams(area: Area | undefined, period: Period, prior: Period) {
  // One request per resource spans the period and the same months a year earlier.
  return { areaId: area?.id ?? '', from: prior.from, to: period.to, level: area?.level };
}

export function useIncidentsPart(area: Area | undefined, period: Period, prior: Period) {
  const query = useIncidentsStats(statsParams(area, period, prior), { enabled: area !== undefined });
  const figures = useMemo(
    () => (area && query.data ? incidentsOverview(query.data.items, area, period) : undefined),
    [area, period, query.data],
  );
  return { query, figures };
}

export function useMediationPart(area: Area | undefined, period: Period, prior: Period) {
  const query = useMediationStats(statsParams(area, period, prior), { enabled: area !== undefined });
  const figures = useMemo(
    () => (area && query.data ? mediationOverview(query.data.items, area.id, period) : undefined),
    [area, period, query.data],
  );
  return { query, figures };
}

export function usePatrolsPart(area: Area | undefined, period: Period, prior: Period) {
  const query = usePatrolsStats(statsParams(area, period, prior), { enabled: area !== undefined });
  const figures = useMemo(
    () => (area && query.data ? patrolsOverview(query.data.items, area.id, period) : undefined),
    [area, period, query.data],
  );
  return { query, figures };
}

export function useGroupsPart(area: Area | undefined) {
  const query = useGroupsStats(
    { areaId: area?.id ?? '', level: area?.level },
    { enabled: area !== undefined },
  );
  const figures = useMemo(
    () =>
      area && query.data
        ? groupsOverview(
            query.data.items.find((g) => g.areaId === area.id),
            area,
          )
        : undefined,
    [area, query.data],
  );
  return { query, figures };
}
