import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { z } from 'zod';
import { rootRoute } from './root';

/** `orientation`: the printed page's orientation (portrait when absent). */
const reportSearchSchema = z.object({
  orientation: z.enum(['portrait', 'landscape']).optional().catch(undefined),
});

export const reportRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/report',
  validateSearch: reportSearchSchema,
  component: lazyRouteComponent(() => import('../../features/report/report-page'), 'ReportPage'),
});
