// GET /me (v1.1): who the API takes the caller to be, and the root of the tree they may see. A v1
// API answers 404: then the result is null (no account to show).
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGetOptional } from '../client';
import { meSchema, type Me } from '../schemas';

export const meKeys = { all: ['me'] as const };

export function getMe(signal?: AbortSignal): Promise<Me | null> {
  return apiGetOptional('/me', meSchema, signal);
}

export const meQueryOptions = () =>
  queryOptions({
    queryKey: meKeys.all,
    queryFn: ({ signal }) => getMe(signal),
    staleTime: 30 * 60 * 1000,
  });

export function useMe() {
  return useQuery(meQueryOptions());
}
