// v1.1 GET /areas/geometry: the boundaries of the areas at `level` inside `areaId`. A v1 API has
// none and answers 404: the result is then null and the map says the API has no boundaries.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../client';
import { ApiError } from '../errors';
import { areaGeometryResponseSchema, type AreaGeometryResponse } from '../geometry-schemas';
import { areaKeys } from '../query-keys';
import type { AreaLevel } from '../schemas';

export type GeometryParams = { areaId: string; level?: AreaLevel };

export async function getAreaGeometry(
  params: GeometryParams,
  signal?: AbortSignal,
): Promise<AreaGeometryResponse | null> {
  try {
    return await apiGet('/areas/geometry', areaGeometryResponseSchema, { ...params }, signal);
  } catch (error) {
    if (error instanceof ApiError && error.kind === 'http' && error.status === 404) return null;
    throw error;
  }
}

export const areaGeometryQueryOptions = (params: GeometryParams) =>
  queryOptions({
    queryKey: areaKeys.geometry(params),
    queryFn: ({ signal }) => getAreaGeometry(params, signal),
    // Boundaries change with the tree (administrative reforms), rarely.
    staleTime: 60 * 60 * 1000,
  });

export function useAreaGeometry(params: GeometryParams, options: { enabled?: boolean } = {}) {
  return useQuery({ ...areaGeometryQueryOptions(params), enabled: options.enabled ?? true });
}
