// GET /mediation-cases: one page of cases for the registry, and totals (pageSize=1) for the
// category × outcome counts, which /stats/mediation does not break down by category.
import { keepPreviousData, queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../api/client';
import {
  mediationCasesPageSchema,
  mediationCategories,
  mediationOutcomes,
  type MediationCategory,
  type MediationOutcome,
} from '../../../api/schemas';
import type { CategoryOutcomeCount } from '../../../figures/activity';

export interface MediationCasesParams {
  areaId: string;
  from: string;
  to: string;
  category?: MediationCategory | undefined;
  outcome?: MediationOutcome | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
  sort?: string | undefined;
}

export const mediationCaseKeys = {
  all: ['mediation-cases'] as const,
  lists: () => [...mediationCaseKeys.all, 'list'] as const,
  list: (params: MediationCasesParams) => [...mediationCaseKeys.lists(), params] as const,
};

export function getMediationCases(params: MediationCasesParams, signal?: AbortSignal) {
  return apiGet('/mediation-cases', mediationCasesPageSchema, { ...params }, signal);
}

export const mediationCasesQueryOptions = (params: MediationCasesParams) =>
  queryOptions({
    queryKey: mediationCaseKeys.list(params),
    queryFn: ({ signal }) => getMediationCases(params, signal),
    staleTime: 5 * 60 * 1000,
  });

/** One page of cases; the previous page stays on screen while the next one loads. */
export function useMediationCases(params: MediationCasesParams, options: { enabled?: boolean } = {}) {
  return useQuery({
    ...mediationCasesQueryOptions(params),
    enabled: options.enabled ?? true,
    placeholderData: keepPreviousData,
  });
}

const PAIRS = mediationCategories.flatMap((category) =>
  mediationOutcomes.map((outcome) => ({ category, outcome })),
);

type CountResult = {
  data?: { total: number } | undefined;
  isPending: boolean;
  isError: boolean;
  error: unknown;
  refetch: () => Promise<unknown>;
};

// Module scope, so TanStack Query can keep the combined result stable between renders.
function combineCounts(results: CountResult[]) {
  const failed = results.filter((r) => r.isError);
  const complete = results.every((r) => r.data !== undefined);
  const counts: CategoryOutcomeCount[] | undefined = complete
    ? PAIRS.map((pair, i) => ({ ...pair, count: results[i]?.data?.total ?? 0 }))
    : undefined;
  return {
    data: counts,
    isPending: results.some((r) => r.isPending),
    isError: failed.length > 0,
    error: failed[0]?.error ?? null,
    refetch: () => Promise.all(failed.map((r) => r.refetch())),
  };
}

/**
 * Cases of the period per category and outcome: the list's `total` for each of the 24 pairs
 * (pageSize=1, so each answer is tiny). One failing pair fails the whole result.
 */
export function useMediationCategoryCounts(
  params: Pick<MediationCasesParams, 'areaId' | 'from' | 'to'>,
  options: { enabled?: boolean } = {},
) {
  return useQueries({
    queries: PAIRS.map((pair) => ({
      ...mediationCasesQueryOptions({ ...params, ...pair, pageSize: 1 }),
      enabled: options.enabled ?? true,
    })),
    combine: combineCounts,
  });
}
