// Compact builders for stats rows in tests: one row per line keeps fixtures readable as tables.
import type { IncidentStat, MediationStat, PatrolStat } from '../api/schemas';

export const inc = (
  areaId: string,
  month: string,
  total: number,
  byCategory: IncidentStat['byCategory'] = {},
): IncidentStat => ({
  areaId,
  month,
  total,
  byCategory,
});

export const med = (
  areaId: string,
  month: string,
  [received, resolved, referred, unresolved, pending]: [number, number, number, number, number],
): MediationStat => ({ areaId, month, received, resolved, referred, unresolved, pending });

export const pat = (
  areaId: string,
  month: string,
  [patrols, participants, patrolHours, findings]: [number, number, number, number],
): PatrolStat => ({ areaId, month, patrols, participants, patrolHours, findings });
