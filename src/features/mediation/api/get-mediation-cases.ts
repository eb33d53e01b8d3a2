// GET /mediation-cases: one page of cases for the registry, and totals (pageSize=1) for the
// category × outcome counts, which /stats/mediation does not break down by category.
import { useQueries } from '@tanstack/react-query';
import {
  combineCountResults,
  listQuery,
  useListQuery,
  type CountResult,
} from '../../../api/endpoints/list-query';
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

const casesList = listQuery('mediation-cases', mediationCasesPageSchema, (params: MediationCasesParams) => ({
  ...params,
}));

export const mediationCaseKeys = casesList.keys;
export const getMediationCases = casesList.fetchList;
export const mediationCasesQueryOptions = casesList.queryOptions;

/** One page of cases; the previous page stays on screen while the next one loads. */
export function useMediationCases(params: MediationCasesParams, options: { enabled?: boolean } = {}) {
  return useListQuery(mediationCasesQueryOptions(params), options);
}

const PAIRS = mediationCategories.flatMap((category) =>
  mediationOutcomes.map((outcome) => ({ category, outcome })),
);

// Module scope, so TanStack Query can keep the combined result stable between renders.
function combineCounts(results: CountResult[]) {
  const complete = results.every((r) => r.data !== undefined);
  const counts: CategoryOutcomeCount[] | undefined = complete
    ? PAIRS.map((pair, i) => ({ ...pair, count: results[i]?.data?.total ?? 0 }))
    : undefined;
  return combineCountResults(results, counts);
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
