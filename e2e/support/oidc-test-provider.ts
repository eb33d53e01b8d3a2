// A real OpenID Connect provider (oidc-provider) on loopback for the sign-in tests: the public
// client antt-dashboard (authorization code + PKCE, refresh tokens), JWT access tokens for the
// API's resource indicator, and a one-field login page of its own (the package's development pages
// load web fonts, which these machines cannot fetch). Consent is granted without asking. Access
// tokens carry the account's `area` (the root of what it may see), `name` and `roles`, the claims the
// reference server (server/src/auth) scopes callers by.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { exportJWK, generateKeyPair } from 'jose';
import Provider, { errors, type Configuration, type KoaContextWithOIDC } from 'oidc-provider';
import {
  ACCESS_TOKEN_TTL_S,
  ACCOUNT_NAMES,
  ACCOUNT_ROLES,
  accountKind,
  areaKind,
  AUDIENCE,
  authUrls,
  CLIENT_ID,
  type ViewerKind,
} from './auth-accounts';

export interface GrantEvent {
  grantType: string;
  accountId: string | undefined;
}

export interface TestProvider {
  /** Every successful token request, in order: the renewal test looks for a refresh_token grant. */
  grants: GrantEvent[];
  close(): Promise<void>;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`;
}

function loginForm(uid: string, error?: string): string {
  return page(
    'Test identity provider: sign in',
    `${error ? `<p role="alert">${escapeHtml(error)}</p>` : ''}
    <form method="post" action="/interaction/${escapeHtml(uid)}/login">
      <label>Account <input name="login" autocomplete="username" autofocus></label>
      <button type="submit">Sign in</button>
    </form>`,
  );
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

function sendHtml(res: ServerResponse, status: number, html: string) {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' });
  res.end(html);
}

async function handleInteraction(
  provider: Provider,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
) {
  const details = await provider.interactionDetails(req, res);
  const { uid, prompt, params, session } = details;
  if (prompt.name === 'login') {
    if (req.method === 'POST' && path.endsWith('/login')) {
      const login = (await readForm(req)).get('login')?.trim() ?? '';
      if (!accountKind(login)) {
        sendHtml(res, 200, loginForm(uid, `Unknown account “${login}”.`));
        return;
      }
      await provider.interactionFinished(
        req,
        res,
        { login: { accountId: login } },
        { mergeWithLastSubmission: false },
      );
      return;
    }
    sendHtml(res, 200, loginForm(uid));
    return;
  }
  // consent: grant whatever the client asked for.
  const accountId = session?.accountId;
  if (!accountId) throw new Error('consent without a signed-in account');
  const grant = details.grantId
    ? await provider.Grant.find(details.grantId)
    : new provider.Grant({ accountId, clientId: String(params.client_id) });
  if (!grant) throw new Error('grant not found');
  const missing = prompt.details as {
    missingOIDCScope?: string[];
    missingOIDCClaims?: string[];
    missingResourceScopes?: Record<string, string[]>;
  };
  if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
  if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
  for (const [indicator, scopes] of Object.entries(missing.missingResourceScopes ?? {}))
    grant.addResourceScope(indicator, scopes.join(' '));
  const grantId = await grant.save();
  await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
}

export interface TestProviderOptions {
  /**
   * The `area` claim of an account's access tokens; none when absent (or when it returns undefined).
   * Asked for viewers only: an editor has the area of the viewer it stands beside (auth-accounts.ts).
   */
  areaOf?: (kind: ViewerKind) => string | undefined;
  /** Further origins the dashboard is served from (e.g. the reference server's), beside the app's. */
  appOrigins?: readonly string[];
}

export async function startTestProvider(
  appPort?: number,
  options: TestProviderOptions = {},
): Promise<TestProvider> {
  const urls = authUrls(appPort);
  const origins = [urls.app, ...(options.appOrigins ?? [])];
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await exportJWK(privateKey)), kid: 'e2e', alg: 'RS256', use: 'sig' };

  const configuration: Configuration = {
    clients: [
      {
        client_id: CLIENT_ID,
        token_endpoint_auth_method: 'none',
        application_type: 'web',
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        redirect_uris: origins.map((o) => `${o}/auth/callback`),
        post_logout_redirect_uris: origins.map((o) => `${o}/`),
      },
    ],
    jwks: { keys: [jwk] },
    cookies: { keys: ['e2e-only-cookie-key'] },
    scopes: ['openid', 'profile', 'offline_access'],
    claims: { openid: ['sub'], profile: ['name'] },
    // The name in the ID token itself: the app shows who is signed in without a userinfo call.
    conformIdTokenClaims: false,
    findAccount: (_ctx, sub) => {
      const kind = accountKind(sub);
      if (!kind) return undefined;
      return { accountId: sub, claims: () => ({ sub, name: ACCOUNT_NAMES[kind] }) };
    },
    extraTokenClaims: (_ctx, token) => {
      const kind = token.accountId === undefined ? undefined : accountKind(token.accountId);
      if (!kind) return undefined;
      const area = options.areaOf?.(areaKind(kind));
      return { name: ACCOUNT_NAMES[kind], roles: [...ACCOUNT_ROLES[kind]], ...(area ? { area } : {}) };
    },
    // A refresh token for every sign-in of a client allowed the grant (not only with offline_access
    // and prompt=consent, the package's default).
    issueRefreshToken: (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    ttl: {
      AccessToken: ACCESS_TOKEN_TTL_S,
      IdToken: 3600,
      RefreshToken: 3600,
      Session: 3600,
      Grant: 3600,
      Interaction: 600,
    },
    // The app's origins only (its redirect URIs'), for the token endpoint's fetch.
    clientBasedCORS: (_ctx, origin) => origins.includes(origin),
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: (ctx: KoaContextWithOIDC, form: string) => {
          ctx.body = page(
            'Test identity provider: sign out',
            `${form}<button type="submit" form="op.logoutForm" value="yes" name="logout">Sign out</button>`,
          );
        },
        postLogoutSuccessSource: (ctx: KoaContextWithOIDC) => {
          ctx.body = page('Test identity provider: signed out', '');
        },
      },
      resourceIndicators: {
        enabled: true,
        // Refreshed tokens stay for the API the sign-in asked for.
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, indicator) => {
          if (indicator !== AUDIENCE) throw new errors.InvalidTarget();
          return {
            scope: 'api',
            audience: AUDIENCE,
            accessTokenFormat: 'jwt',
            accessTokenTTL: ACCESS_TOKEN_TTL_S,
          };
        },
      },
    },
    renderError: (ctx, out) => {
      ctx.type = 'html';
      ctx.body = page('Test identity provider: error', `<pre>${escapeHtml(JSON.stringify(out))}</pre>`);
    },
  };

  const provider = new Provider(urls.issuer, configuration);
  const grants: GrantEvent[] = [];
  provider.on('grant.success', (ctx: KoaContextWithOIDC) => {
    const entities = ctx.oidc.entities;
    grants.push({
      grantType: String(ctx.oidc.params?.grant_type ?? ''),
      accountId:
        entities.Account?.accountId ??
        entities.RefreshToken?.accountId ??
        entities.AuthorizationCode?.accountId,
    });
  });

  const callback = provider.callback();
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', urls.issuer).pathname;
    if (path.startsWith('/interaction/')) {
      handleInteraction(provider, req, res, path).catch((error: unknown) => {
        sendHtml(res, 500, page('Test identity provider: error', `<pre>${escapeHtml(String(error))}</pre>`));
      });
      return;
    }
    void callback(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(Number(new URL(urls.issuer).port), 'localhost', () => resolve());
  });
  return {
    grants,
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
