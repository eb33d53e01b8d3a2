// GET /mediation-cases: one page of cases for the registry. (Figures come from /stats/mediation,
// never from adding up list pages.)
import { listQuery, useListQuery } from '../../../api/endpoints/list-query';
import {
  mediationCasesPageSchema,
  type MediationCategory,
  type MediationOutcome,
} from '../../../api/schemas';

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
