import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from './root';

export const mediationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/mediation',
  component: lazyRouteComponent(() => import('../../features/mediation/mediation-page'), 'MediationPage'),
});
