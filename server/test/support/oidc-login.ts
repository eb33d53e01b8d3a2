// Signs in at the e2e tests' OpenID Connect provider (e2e/support/oidc-test-provider.ts) the way the
// dashboard does, without a browser: authorization code with PKCE and the API's resource indicator,
// the provider's login form, its consent, then the token request. Returns the JWT access token.
import { createHash, randomBytes } from 'node:crypto';
import { AUDIENCE, authUrls, CLIENT_ID } from '../../../e2e/support/auth-accounts';

const base64url = (bytes: Buffer) => bytes.toString('base64url');

export async function signIn(appPort: number, account: string): Promise<string> {
  const urls = authUrls(appPort);
  const redirectUri = `${urls.app}/auth/callback`;
  const verifier = base64url(randomBytes(32));
  const challenge = base64url(createHash('sha256').update(verifier).digest());
  const cookies = new Map<string, string>();
  const send = async (url: string, init: RequestInit = {}) => {
    const response = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: { ...(init.headers as Record<string, string>), cookie: [...cookies.values()].join('; ') },
    });
    for (const line of response.headers.getSetCookie()) {
      const pair = line.split(';')[0] ?? '';
      cookies.set(pair.split('=')[0] ?? '', pair);
    }
    return response;
  };

  let url = `${urls.issuer}/auth?${new URLSearchParams({
    client_id: CLIENT_ID,
    response_type: 'code',
    redirect_uri: redirectUri,
    scope: 'openid profile',
    code_challenge: challenge,
    code_challenge_method: 'S256',
    resource: AUDIENCE,
    state: 'server-test',
  })}`;
  let code: string | null = null;
  for (let step = 0; step < 12 && code === null; step++) {
    let response = await send(url);
    if (response.status === 200 && new URL(url).pathname.startsWith('/interaction/')) {
      // The provider's login form.
      response = await send(`${url}/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ login: account }).toString(),
      });
    }
    const location = response.headers.get('location');
    if (!location)
      throw new Error(`sign-in stopped at ${url}: HTTP ${response.status} ${await response.text()}`);
    url = new URL(location, url).toString();
    if (url.startsWith(redirectUri)) code = new URL(url).searchParams.get('code');
  }
  if (!code) throw new Error('the provider never redirected back with a code');

  const token = await fetch(`${urls.issuer}/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: redirectUri,
      client_id: CLIENT_ID,
      code_verifier: verifier,
      resource: AUDIENCE,
    }).toString(),
  });
  const body = (await token.json()) as { access_token?: string; error?: string };
  if (!body.access_token) throw new Error(`token request failed: ${JSON.stringify(body)}`);
  return body.access_token;
}
