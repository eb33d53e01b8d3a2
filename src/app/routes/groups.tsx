import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { z } from 'zod';
import { groupSchema, groupStatusSchema, groupTypes } from '../../api/schemas';
import { sortFields } from '../../api/sort-fields';
import { pageParam, pageSizeParam, sortParam } from '../../components/server-table/search';
import { rootRoute } from './root';

const groupFields = sortFields(groupSchema.shape);

/**
 * The register's page, sort and filters (`q` searches names, `in` narrows to an area inside the
 * selected one), and the recognised-models list's own page and sort (`mpage`, `msize`, `msort`).
 */
const groupsSearchSchema = z.object({
  page: pageParam,
  pageSize: pageSizeParam,
  sort: sortParam(groupFields),
  type: z.enum(groupTypes).optional().catch(undefined),
  status: groupStatusSchema.optional().catch(undefined),
  in: z.string().min(1).max(100).optional().catch(undefined),
  q: z.string().trim().min(1).max(100).optional().catch(undefined),
  mpage: pageParam,
  msize: pageSizeParam,
  msort: sortParam(groupFields),
});

export const groupsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/groups',
  validateSearch: groupsSearchSchema,
  component: lazyRouteComponent(() => import('../../features/groups/groups-page'), 'GroupsPage'),
});
