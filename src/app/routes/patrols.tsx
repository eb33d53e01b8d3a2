import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from './root';

export const patrolsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/patrols',
  component: lazyRouteComponent(() => import('../../features/patrols/patrols-page'), 'PatrolsPage'),
});
