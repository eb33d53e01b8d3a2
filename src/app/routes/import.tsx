import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from './root';

/**
 * Only the root's search params (area, period, lang, validated by the root's schema): the files
 * chosen cannot be, and should not be, put in a link.
 */
export const importRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/import',
  component: lazyRouteComponent(() => import('../../features/import/import-page'), 'ImportPage'),
});
