// Checks of figures that combine two endpoints, where neither answer is wrong on its own: a
// coverage ratio takes its numerator from /stats/groups and its denominator from /areas. A share
// above 100 % is never shown; the caller turns the problem into the panel's error instead.

import type { DataProblem } from '../api/data-problems';
import type { Area, GroupStat } from '../api/schemas';

/** The first group stat row covering more residential areas than its area has, with its index. */
export function coverageProblem(
  stats: readonly GroupStat[],
  areas: readonly Area[],
): { index: number; problem: DataProblem } | null {
  const byId = new Map(areas.map((a) => [a.id, a]));
  for (const [index, stat] of stats.entries()) {
    const area = byId.get(stat.areaId);
    if (area && stat.coveredResidentialAreas > area.residentialAreas) {
      return {
        index,
        problem: {
          kind: 'coveredAboveResidential',
          areaId: area.id,
          areaName: area.name,
          covered: stat.coveredResidentialAreas,
          residential: area.residentialAreas,
        },
      };
    }
  }
  return null;
}
