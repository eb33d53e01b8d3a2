import { createRoute } from '@tanstack/react-router';
import { OverviewPage } from '../../features/overview/overview-page';
import { rootRoute } from './root';

// The landing view is part of the first bundle, not a lazy chunk: a link opened from Zalo shows
// its first figures without a second round trip for the page's code.
export const overviewRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  component: OverviewPage,
});
