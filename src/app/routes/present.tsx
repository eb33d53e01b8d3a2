import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { z } from 'zod';
import { rootRoute } from './root';

/**
 * The conference deck: `slide` (1-based; out of range opens the nearest slide), `auto` (seconds
 * between slides, off when absent) and `notes=1` for the speaker-notes window. Rendered without
 * the app's header and navigation (see root.tsx).
 */
const presentSearchSchema = z.object({
  slide: z
    .string()
    .regex(/^\d{1,3}$/)
    .optional()
    .catch(undefined),
  auto: z.enum(['5', '10', '20', '30']).optional().catch(undefined),
  notes: z.literal('1').optional().catch(undefined),
});

export const presentRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/present',
  validateSearch: presentSearchSchema,
  component: lazyRouteComponent(() => import('../../features/present/present-page'), 'PresentPage'),
});
