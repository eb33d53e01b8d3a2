// GET /meta (v1.1): the data's range (dataFrom … dataTo) and whether it is demo data. A v1 API has
// no /meta and answers 404: then the result is null and the as-of month is inferred from the data.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../client';
import { ApiError } from '../errors';
import { metaSchema, type Meta } from '../schemas';

export const metaKeys = { all: ['meta'] as const };

export async function getMeta(signal?: AbortSignal): Promise<Meta | null> {
  try {
    return await apiGet('/meta', metaSchema, {}, signal);
  } catch (error) {
    if (error instanceof ApiError && error.kind === 'http' && error.status === 404) return null;
    throw error;
  }
}

export const metaQueryOptions = () =>
  queryOptions({
    queryKey: metaKeys.all,
    queryFn: ({ signal }) => getMeta(signal),
    // dataTo moves once a month, when a month's reports are published.
    staleTime: 30 * 60 * 1000,
  });

export function useMeta() {
  return useQuery(metaQueryOptions());
}
