import { useMemo } from 'react';
import { useGroupsStats } from '../../api/endpoints/groups-stats';
import { useIncidentsStats } from '../../api/endpoints/incidents-stats';
import { useMediationStats } from '../../api/endpoints/mediation-stats';
import { usePatrolsStats } from '../../api/endpoints/patrols-stats';
import type { Area } from '../../api/schemas';
import { overviewFigures, type Period } from '../../figures';

/**
 * The four stats queries of one area, each spanning the period and the same months a year earlier
 * (one request per resource), and the figures computed from them. Each panel renders only when
 * its own query has data, so the parts of `figures` built from a missing response are never shown.
 */
export function useOverview(area: Area | undefined, period: Period, prior: Period) {
  const enabled = area !== undefined;
  const params = { areaId: area?.id ?? '', from: prior.from, to: period.to, level: area?.level };
  const incidents = useIncidentsStats(params, { enabled });
  const mediation = useMediationStats(params, { enabled });
  const patrols = usePatrolsStats(params, { enabled });
  const groups = useGroupsStats({ areaId: params.areaId, level: area?.level }, { enabled });

  const figures = useMemo(
    () =>
      area &&
      overviewFigures({
        areaId: area.id,
        area,
        period,
        incidents: incidents.data?.items ?? [],
        mediation: mediation.data?.items ?? [],
        patrols: patrols.data?.items ?? [],
        groups: groups.data?.items.find((g) => g.areaId === area.id),
      }),
    [area, period, incidents.data, mediation.data, patrols.data, groups.data],
  );

  return { incidents, mediation, patrols, groups, figures };
}
