import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { z } from 'zod';
import { rootRoute } from './root';

const text = z.string().max(200).optional().catch(undefined);

/** The children's ranking table state, as on /wards: `sort`, `q`, `cols`. */
const areaSearchSchema = z.object({ sort: text, q: text, cols: text });

export const areaRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/area',
  validateSearch: areaSearchSchema,
  component: lazyRouteComponent(() => import('../../features/area/area-page'), 'AreaPage'),
});
