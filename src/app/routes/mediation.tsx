import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { z } from 'zod';
import { mediationCaseSchema, mediationCategories, mediationOutcomes } from '../../api/schemas';
import { sortFields } from '../../api/sort-fields';
import { pageParam, pageSizeParam, sortParam } from '../../components/server-table/search';
import { rootRoute } from './root';

/** The case register's page, sort and filters; `in` narrows it to an area inside the selected one. */
const mediationSearchSchema = z.object({
  page: pageParam,
  pageSize: pageSizeParam,
  sort: sortParam(sortFields(mediationCaseSchema.shape)),
  outcome: z.enum(mediationOutcomes).optional().catch(undefined),
  category: z.enum(mediationCategories).optional().catch(undefined),
  in: z.string().min(1).max(100).optional().catch(undefined),
});

export const mediationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/mediation',
  validateSearch: mediationSearchSchema,
  component: lazyRouteComponent(() => import('../../features/mediation/mediation-page'), 'MediationPage'),
});
