import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { z } from 'zod';
import { patrolSchema, shiftSchema } from '../../api/schemas';
import { sortFields } from '../../api/sort-fields';
import { pageParam, pageSizeParam, sortParam } from '../../components/server-table/search';
import { rootRoute } from './root';

/** The patrol log's page, sort and filters: shift, an area inside the selected one (`in`), a group. */
const patrolsSearchSchema = z.object({
  page: pageParam,
  pageSize: pageSizeParam,
  sort: sortParam(sortFields(patrolSchema.shape)),
  shift: shiftSchema.optional().catch(undefined),
  in: z.string().min(1).max(100).optional().catch(undefined),
  group: z.string().min(1).max(100).optional().catch(undefined),
});

export const patrolsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/patrols',
  validateSearch: patrolsSearchSchema,
  component: lazyRouteComponent(() => import('../../features/patrols/patrols-page'), 'PatrolsPage'),
});
