import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from './root';

export const incidentsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/incidents',
  component: lazyRouteComponent(() => import('../../features/incidents/incidents-page'), 'IncidentsPage'),
});
