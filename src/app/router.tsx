import { createRouter } from '@tanstack/react-router';
import { overviewRoute } from './routes/overview';
import { placeholderRoutes } from './routes/placeholders';
import { rootRoute } from './routes/root';

const routeTree = rootRoute.addChildren([overviewRoute, ...placeholderRoutes]);

export function createAppRouter() {
  return createRouter({ routeTree, basepath: import.meta.env.BASE_URL, defaultPreload: 'intent' });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
