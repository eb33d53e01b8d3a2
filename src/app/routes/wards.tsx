import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { z } from 'zod';
import { rootRoute } from './root';

const text = z.string().max(200).optional().catch(undefined);

/**
 * The ranking table's state: `sort` ("rate.desc"), `q` (name filter), `cols` (hidden columns,
 * comma-separated), `areas` (rows ticked for Compare, comma-separated ids) and `level`: `ward`
 * ranks every ward under the area instead of its children.
 */
const wardsSearchSchema = z.object({
  sort: text,
  q: text,
  cols: text,
  areas: text,
  level: z.literal('ward').optional().catch(undefined),
});

export const wardsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/wards',
  validateSearch: wardsSearchSchema,
  component: lazyRouteComponent(() => import('../../features/wards/wards-page'), 'WardsPage'),
});
