import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { z } from 'zod';
import { incidentCategorySchema } from '../../api/schemas';
import { rootRoute } from './root';

/** `cat`: one incident category to focus the chart, the area lists and the heat table on. */
const incidentsSearchSchema = z.object({
  cat: incidentCategorySchema.optional().catch(undefined),
});

export const incidentsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/incidents',
  validateSearch: incidentsSearchSchema,
  component: lazyRouteComponent(() => import('../../features/incidents/incidents-page'), 'IncidentsPage'),
});
