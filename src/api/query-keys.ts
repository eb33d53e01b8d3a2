import type { AreaLevel } from './schemas';

export interface StatsParams {
  areaId: string;
  from?: string;
  to?: string;
  level?: AreaLevel;
}

/** One key factory per resource, general → specific, so invalidating a prefix reaches every variant. */
export const areaKeys = {
  all: ['areas'] as const,
  geometry: (params: { areaId: string; level?: AreaLevel }) => [...areaKeys.all, 'geometry', params] as const,
};

export const statsKeys = {
  all: ['stats'] as const,
  resource: (resource: string) => [...statsKeys.all, resource] as const,
  detail: (resource: string, params: StatsParams) => [...statsKeys.resource(resource), params] as const,
};
