import { createRouter, type RouterHistory } from '@tanstack/react-router';
import { ViewError } from './app-error';
import { areaRoute } from './routes/area';
import { authCallbackRoute } from './routes/auth-callback';
import { compareRoute } from './routes/compare';
import { groupsRoute } from './routes/groups';
import { importRoute } from './routes/import';
import { incidentsRoute } from './routes/incidents';
import { mapRoute } from './routes/map';
import { mediationRoute } from './routes/mediation';
import { overviewRoute } from './routes/overview';
import { patrolsRoute } from './routes/patrols';
import { presentRoute } from './routes/present';
import { reportRoute } from './routes/report';
import { rootRoute } from './routes/root';
import { wardsRoute } from './routes/wards';

export const routeTree = rootRoute.addChildren([
  overviewRoute,
  wardsRoute,
  compareRoute,
  mapRoute,
  areaRoute,
  incidentsRoute,
  mediationRoute,
  groupsRoute,
  patrolsRoute,
  presentRoute,
  reportRoute,
  importRoute,
  authCallbackRoute,
]);

/**
 * Every search param is a plain string ("period=2025", not the default JSON "period=%222025%22"),
 * so links stay readable and typed by hand; the routes' zod schemas do the parsing.
 */
const plainSearch = {
  parseSearch: (searchStr: string): Record<string, string> =>
    Object.fromEntries(new URLSearchParams(searchStr)),
  stringifySearch: (search: Record<string, unknown>): string => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(search)) {
      if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
    }
    const str = params.toString();
    return str ? `?${str}` : '';
  },
};

export function createAppRouter(history?: RouterHistory) {
  return createRouter({
    routeTree,
    ...plainSearch,
    ...(history ? { history } : {}),
    basepath: import.meta.env.BASE_URL,
    defaultPreload: 'intent',
    defaultErrorComponent: ViewError,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
