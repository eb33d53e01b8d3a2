// Sign-in at the API: bearer JWTs from a real OpenID Connect provider (oidc-provider, as the e2e
// tests run it) verified against its JWKS found by discovery; the area claim scopes the caller;
// every refusal is a problem with WWW-Authenticate: Bearer. Edge cases (expired, no area, another
// audience or key) are signed by a local issuer whose key the test holds.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNT_NAMES, AUDIENCE, authUrls } from '../../e2e/support/auth-accounts';
import { startTestProvider, type TestProvider } from '../../e2e/support/oidc-test-provider';
import { buildApp } from '../src/http-app';
import type { AuthSettings } from '../src/auth/settings';
import { fakeDb } from './support/fake-db';
import { startLocalIssuer, type LocalIssuer } from './support/local-issuer';
import { signIn } from './support/oidc-login';

// Ports of their own beside this checkout's E2E_PORT, so a running e2e suite is not in the way.
const APP_PORT = Number(process.env.E2E_PORT ?? 4173) + 57;
const urls = authUrls(APP_PORT);
const AREAS = { 'province-viewer': 'p-01', 'district-viewer': 'd-01-02' } as const;

let provider: TestProvider;
let local: LocalIssuer;
beforeAll(async () => {
  provider = await startTestProvider(APP_PORT, { areaOf: (kind) => AREAS[kind] });
  local = await startLocalIssuer();
});
afterAll(async () => {
  await provider?.close();
  await local?.close();
});

const settings = (over: Partial<AuthSettings> = {}): AuthSettings => ({
  issuer: urls.issuer,
  audience: AUDIENCE,
  areaClaim: 'area',
  rolesClaim: 'roles',
  clientId: 'antt-dashboard',
  scope: null,
  ...over,
});

async function appWith(auth: AuthSettings) {
  const app = await buildApp({ db: fakeDb(), auth });
  // What the routes see of the caller.
  app.get('/api/v1/__probe/caller', async (request) => request.caller);
  return app;
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('with a real OpenID Connect provider', () => {
  it('takes a district account’s token to a caller scoped to its district, with its name and roles', async () => {
    const app = await appWith(settings());
    const token = await signIn(APP_PORT, 'district-viewer+unit');
    const res = await app.inject({ url: '/api/v1/__probe/caller', headers: bearer(token) });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      subject: 'district-viewer+unit',
      name: ACCOUNT_NAMES['district-viewer'],
      areaId: 'd-01-02',
      roles: ['viewer'],
    });
  });

  it('scopes a province account to its province', async () => {
    const app = await appWith(settings());
    const token = await signIn(APP_PORT, 'province-viewer+unit');
    const res = await app.inject({ url: '/api/v1/__probe/caller', headers: bearer(token) });
    expect(res.json()).toMatchObject({ subject: 'province-viewer+unit', areaId: 'p-01' });
  });

  it('refuses the provider’s token when the server expects another audience', async () => {
    const app = await appWith(settings({ audience: 'urn:another:api' }));
    const token = await signIn(APP_PORT, 'province-viewer+aud');
    const res = await app.inject({ url: '/api/v1/__probe/caller', headers: bearer(token) });
    expect(res.statusCode).toBe(401);
    expect(res.headers['www-authenticate']).toMatch(/^Bearer .*error="invalid_token"/);
  });

  it('reads the area from a configured claim', async () => {
    const app = await appWith(settings({ areaClaim: 'district' }));
    const token = await signIn(APP_PORT, 'district-viewer+claim');
    // The provider's tokens carry `area`, not `district`: this account may see nothing.
    const res = await app.inject({ url: '/api/v1/__probe/caller', headers: bearer(token) });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ status: 403, title: 'Forbidden' });
  });
});

describe('refusals', () => {
  const localSettings = () => settings({ issuer: local.issuer, audience: 'urn:antt:api' });

  it('answers a request without a token with 401 problem+json and WWW-Authenticate: Bearer', async () => {
    const app = await appWith(settings());
    const res = await app.inject({ url: '/api/v1/__probe/caller' });
    expect(res.statusCode).toBe(401);
    expect(res.headers['www-authenticate']).toBe('Bearer realm="antt"');
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({ status: 401, title: 'Unauthorized' });
  });

  it('lets no spelling of an API path through without a token', async () => {
    const app = await appWith(settings());
    for (const url of [
      '/api/v1/__probe/caller?x=1',
      '/api/v1//__probe/caller',
      '/api/v1/__probe/caller/',
      '/API/v1/__probe/caller',
    ])
      expect((await app.inject({ url })).statusCode, url).not.toBe(200);
  });

  it('answers a malformed token or header with 401', async () => {
    const app = await appWith(settings());
    for (const authorization of ['Bearer not-a-jwt', 'Basic dXNlcjpwdw==', 'Bearer a.b.c']) {
      const res = await app.inject({ url: '/api/v1/__probe/caller', headers: { authorization } });
      expect(res.statusCode, authorization).toBe(401);
      expect(res.headers['www-authenticate'], authorization).toMatch(/^Bearer /);
    }
  });

  it('answers an expired token with 401 invalid_token', async () => {
    const app = await appWith(localSettings());
    const token = await local.sign({
      aud: 'urn:antt:api',
      area: 'p-01',
      exp: Math.floor(Date.now() / 1000) - 60,
    });
    const res = await app.inject({ url: '/api/v1/__probe/caller', headers: bearer(token) });
    expect(res.statusCode).toBe(401);
    expect(res.headers['www-authenticate']).toContain('error="invalid_token"');
    expect(res.json<{ detail: string }>().detail).toContain('expired');
  });

  it('refuses a token without expiry, one signed by another key, and one for another issuer', async () => {
    const app = await appWith(localSettings());
    const cases = [
      await local.sign({ aud: 'urn:antt:api', area: 'p-01' }),
      await local.sign({ aud: 'urn:antt:api', area: 'p-01' }, { expiresIn: '5m', key: 'stranger' }),
      await local.sign({ aud: 'urn:antt:api', area: 'p-01', iss: urls.issuer }, { expiresIn: '5m' }),
    ];
    for (const token of cases)
      expect((await app.inject({ url: '/api/v1/__probe/caller', headers: bearer(token) })).statusCode).toBe(
        401,
      );
  });

  it('answers a valid token that names no area with 403', async () => {
    const app = await appWith(localSettings());
    const token = await local.sign({ aud: 'urn:antt:api' }, { expiresIn: '5m' });
    const res = await app.inject({ url: '/api/v1/__probe/caller', headers: bearer(token) });
    expect(res.statusCode).toBe(403);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('takes roles from the configured claim, as a list or a space-separated string', async () => {
    const app = await appWith({ ...localSettings(), rolesClaim: 'antt_roles' });
    const token = await local.sign(
      { aud: 'urn:antt:api', area: 'p-01', name: 'Lê Văn A', antt_roles: 'editor unknown' },
      { expiresIn: '5m' },
    );
    const res = await app.inject({ url: '/api/v1/__probe/caller', headers: bearer(token) });
    expect(res.json()).toEqual({
      subject: 'local-user',
      name: 'Lê Văn A',
      areaId: 'p-01',
      roles: ['editor'],
    });
  });

  it('answers 503 with Retry-After when the provider cannot be reached', async () => {
    const app = await appWith(settings({ issuer: 'http://127.0.0.1:9' }));
    const token = await local.sign({ aud: AUDIENCE, area: 'p-01' }, { expiresIn: '5m' });
    const res = await app.inject({ url: '/api/v1/__probe/caller', headers: bearer(token) });
    expect(res.statusCode).toBe(503);
    expect(res.headers['retry-after']).toBe('5');
  });

  it('leaves the dashboard, config.json and the health checks public', async () => {
    const app = await appWith(settings());
    for (const url of ['/config.json', '/healthz', '/readyz'])
      expect((await app.inject({ url })).statusCode, url).toBe(200);
  });
});

describe('without sign-in', () => {
  it('takes every caller as anonymous, seeing the whole tree', async () => {
    const app = await buildApp({ db: fakeDb() });
    app.get('/api/v1/__probe/caller', async (request) => request.caller);
    expect((await app.inject({ url: '/api/v1/__probe/caller' })).json()).toEqual({
      subject: 'anonymous',
      name: null,
      areaId: null,
      roles: ['viewer'],
    });
  });
});
