import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { z } from 'zod';
import { areaLevelSchema } from '../../api/schemas';
import { mapFigureIds } from '../../figures/map';
import { rootRoute } from './root';

/** `figure`: what colours the map (default incidents per 10,000); `level`: which areas (default one level down). */
const mapSearchSchema = z.object({
  figure: z.enum(mapFigureIds).optional().catch(undefined),
  level: areaLevelSchema.optional().catch(undefined),
});

export const mapRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/map',
  validateSearch: mapSearchSchema,
  component: lazyRouteComponent(() => import('../../features/map/map-page'), 'MapPage'),
});
