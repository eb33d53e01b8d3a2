// GET /meta (v1.1): the data's range (dataFrom … dataTo) and whether it is demo data. A v1 API has
// no /meta and answers 404: then the result is null and the as-of month is inferred from the data.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGetOptional } from '../client';
import { metaSchema, type Meta } from '../schemas';

export const metaKeys = { all: ['meta'] as const };

export function getMeta(signal?: AbortSignal): Promise<Meta | null> {
  return apiGetOptional('/meta', metaSchema, signal);
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
