import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { z } from 'zod';
import { rootRoute } from './root';

/** `areas`: the compared area ids, comma-separated (2 to 6 are shown; unknown ids are dropped). */
const compareSearchSchema = z.object({ areas: z.string().max(1000).optional().catch(undefined) });

export const compareRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/compare',
  validateSearch: compareSearchSchema,
  component: lazyRouteComponent(() => import('../../features/compare/compare-page'), 'ComparePage'),
});
