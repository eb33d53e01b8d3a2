import { useMemo } from 'react';
import { useReportingStats } from '../api/endpoints/reporting-stats';
import type { Area, AreaLevel } from '../api/schemas';
import type { Period } from '../figures/months';
import { areasWithGaps, reportingCompleteness, type Completeness } from '../figures/reporting';
import { useViewState } from './use-view-state';

/**
 * The selected area's reporting completeness over the period and its comparison period (one
 * request, the same span as the stats). Only asked of a v1.1 API: a v1 API says nothing about
 * reporting, so nothing is claimed.
 */
export function useReporting(area: Area | undefined) {
  const { period, prior, data } = useViewState();
  const query = useReportingStats(
    { areaId: area?.id ?? '', from: prior.from, to: period.to, level: area?.level },
    { enabled: area !== undefined && data.hasReporting },
  );
  const completeness = useMemo<Completeness | null>(
    () => (area && query.data ? reportingCompleteness(query.data.items, area.id, period, prior) : null),
    [area, query.data, period, prior],
  );
  return { query, completeness };
}

/** The ids of the areas under `area` at `level` (a ranking's rows) with a gap in either period. */
export function useRowsWithGaps(
  area: Area | undefined,
  level: AreaLevel | null | undefined,
  period: Period,
  prior: Period,
) {
  const { data } = useViewState();
  const query = useReportingStats(
    { areaId: area?.id ?? '', from: prior.from, to: period.to, level: level ?? undefined },
    { enabled: area !== undefined && level !== null && level !== undefined && data.hasReporting },
  );
  const ids = useMemo(
    () => (query.data ? areasWithGaps(query.data.items, period, prior) : null),
    [query.data, period, prior],
  );
  /** The query to wait for: none against a v1 API, which is never asked. */
  return { ids, queries: data.hasReporting ? [query] : [] };
}
