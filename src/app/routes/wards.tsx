import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from './root';

export const wardsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/wards',
  component: lazyRouteComponent(() => import('../../features/wards/wards-page'), 'WardsPage'),
});
