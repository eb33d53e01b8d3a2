// Sign-in for a deployment whose config.json has `auth`: OpenID Connect authorization code with
// PKCE through oidc-client-ts. Started once before the app renders (src/main.tsx); it either
// leaves for the provider's sign-in page or hands the API client a bearer-token source.
import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';
import { setAccessTokenSource } from '../api/client';
import type { RuntimeConfig } from '../api/config';
import { currentPath, safeReturnPath } from './return-path';
import { setAuthState } from './session';

export type AuthConfig = NonNullable<RuntimeConfig['auth']>;

/** Asks for a refresh token (offline_access) so tokens renew without an iframe (see below). */
export const DEFAULT_SCOPE = 'openid profile offline_access';

function createUserManager(config: AuthConfig): UserManager {
  const base = import.meta.env.BASE_URL;
  const origin = window.location.origin;
  return new UserManager({
    authority: config.issuer,
    client_id: config.clientId,
    redirect_uri: `${origin}${base}auth/callback`,
    post_logout_redirect_uri: `${origin}${base}`,
    response_type: 'code',
    scope: config.scope ?? DEFAULT_SCOPE,
    // The API's identifier: RFC 8707 `resource`, and `audience` for providers that call it so.
    ...(config.audience
      ? { resource: config.audience, extraQueryParams: { audience: config.audience } }
      : {}),
    // Both stores in sessionStorage: the library's user store already is, its state store defaults
    // to localStorage. Nothing of the sign-in outlives the tab or is shared with other tabs.
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
    stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
    // The strict CSP rules out the library's iframes (silent renew, session monitor): the app's
    // own pages are served with frame-ancestors 'none', so its silent-callback page cannot load in
    // one. Tokens are renewed with the refresh token instead. Not with automaticSilentRenew: it
    // would race with the renewal a 401 starts, and a refresh token used twice makes providers that
    // rotate them revoke the whole grant. Both go through refresh() below, one at a time.
    automaticSilentRenew: false,
    monitorSession: false,
    accessTokenExpiringNotificationTimeInSeconds: 30,
    loadUserInfo: false,
  });
}

let leaving: Promise<void> | null = null;

/** To the provider's sign-in, coming back to `returnTo`; once, however many requests ask. */
function redirectToSignIn(manager: UserManager, returnTo: string): Promise<void> {
  leaving ??= manager.signinRedirect({ state: returnTo });
  return leaving;
}

/**
 * Signs in (or completes the return from the provider) before the app renders. Resolves to false
 * when the page is leaving for the provider's sign-in: then nothing must render.
 */
export async function startAuth(config: AuthConfig): Promise<boolean> {
  const manager = createUserManager(config);
  const base = import.meta.env.BASE_URL;
  const origin = window.location.origin;
  let user: User | null;

  if (window.location.pathname === `${base}auth/callback`) {
    try {
      user = await manager.signinRedirectCallback();
    } catch (error) {
      // Left on the callback route, which says so and offers to sign in again.
      setAuthState({
        failure: {
          message: error instanceof Error ? error.message : String(error),
          retry: () => redirectToSignIn(manager, base),
        },
      });
      return true;
    }
    window.history.replaceState(null, '', safeReturnPath(user.state, origin, base));
  } else {
    user = await manager.getUser();
  }

  let renewing: Promise<string | null> | null = null;
  /** One renewal at a time: every caller waits for the same refresh. */
  const refresh = (): Promise<string | null> => {
    renewing ??= manager
      .signinSilent()
      .then((renewed) => renewed?.access_token ?? null)
      .catch(() => null)
      .finally(() => {
        renewing = null;
      });
    return renewing;
  };
  /** After a 401 or with an expired token: refresh, else sign in again and come back here. */
  const renewOrSignIn = async (): Promise<string | null> => {
    const token = await refresh();
    if (token) return token;
    await manager.removeUser();
    await redirectToSignIn(manager, currentPath(window.location));
    return null;
  };

  if (!user || (user.expired && !(await refresh()))) {
    await redirectToSignIn(manager, currentPath(window.location));
    return false;
  }

  // Renewed shortly before it expires; a failure here waits for the next request to sign in again.
  manager.events.addAccessTokenExpiring(() => void refresh());
  setAccessTokenSource({
    getToken: async () => {
      const current = await manager.getUser();
      if (!current) return renewOrSignIn();
      return current.expired ? renewOrSignIn() : current.access_token;
    },
    renew: renewOrSignIn,
  });

  const profile = user.profile;
  setAuthState({
    session: {
      name: typeof profile.name === 'string' && profile.name ? profile.name : null,
      subject: profile.sub,
      signOut: async () => {
        setAccessTokenSource(null);
        await manager.signoutRedirect();
      },
    },
  });
  return true;
}
