import { createRoute } from '@tanstack/react-router';
import { PlaceholderPage } from '../../features/placeholder/placeholder-page';
import type { MessageKey } from '../../i18n/locales';
import { rootRoute } from './root';

/** The views the analysis issue fills; each gets its own thin route file when it does. */
function placeholderRoute<TPath extends string>(path: TPath, titleKey: MessageKey) {
  return createRoute({
    getParentRoute: () => rootRoute,
    path,
    component: () => <PlaceholderPage titleKey={titleKey} />,
  });
}

export const placeholderRoutes = [
  placeholderRoute('/wards', 'nav.wards'),
  placeholderRoute('/compare', 'nav.compare'),
  placeholderRoute('/incidents', 'nav.incidents'),
  placeholderRoute('/mediation', 'nav.mediation'),
  placeholderRoute('/groups', 'nav.groups'),
  placeholderRoute('/patrols', 'nav.patrols'),
] as const;
