import { createRoute } from '@tanstack/react-router';
import { SignInFailedPage } from '../../features/shell/sign-in-failed';
import { rootRoute } from './root';

/**
 * The OpenID Connect redirect URI (<origin><base>auth/callback). Start-up (src/auth) completes the
 * sign-in before the router runs and replaces this URL with the one asked for; what remains here
 * is a failed return. Rendered without the app's header (see root.tsx): no API request without a
 * session.
 */
export const authCallbackRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/auth/callback',
  component: SignInFailedPage,
});
