import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from './root';

export const areaRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/area',
  component: lazyRouteComponent(() => import('../../features/area/area-page'), 'AreaPage'),
});
