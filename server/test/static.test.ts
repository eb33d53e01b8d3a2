// The built dashboard at /: config.json pointing at this server, the SPA fallback, and caching.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/http-app';
import type { AuthSettings } from '../src/auth/settings';
import { fakeDb } from './support/fake-db';

const dist = mkdtempSync(join(tmpdir(), 'antt-dist-'));
mkdirSync(join(dist, 'assets'));
writeFileSync(join(dist, 'index.html'), '<!doctype html><title>ANTT</title>');
writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'console.log(1)');
// The build's own config.json asks for the demo: the server must never serve it.
writeFileSync(join(dist, 'config.json'), '{"demo":true}');
afterAll(() => rmSync(dist, { recursive: true, force: true }));

const auth: AuthSettings = {
  issuer: 'http://localhost:9999',
  audience: 'urn:antt:api',
  areaClaim: 'area',
  rolesClaim: 'roles',
  clientId: 'antt-dashboard',
  scope: 'openid profile offline_access',
};

describe('the served dashboard', () => {
  it('answers config.json itself: its own API, no demo, never cached', async () => {
    const app = await buildApp({ db: fakeDb(), dist });
    const res = await app.inject({ url: '/config.json' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ apiBaseUrl: '/api/v1' });
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('names the sign-in provider in config.json when sign-in and a client id are configured', async () => {
    const app = await buildApp({ db: fakeDb(), dist, auth });
    expect((await app.inject({ url: '/config.json' })).json()).toEqual({
      apiBaseUrl: '/api/v1',
      auth: {
        issuer: 'http://localhost:9999',
        clientId: 'antt-dashboard',
        audience: 'urn:antt:api',
        scope: 'openid profile offline_access',
      },
    });
  });

  it('serves index.html (no-cache) for / and every client route, hashed assets for a year', async () => {
    const app = await buildApp({ db: fakeDb(), dist });
    for (const url of ['/', '/wards?area=x', '/area/abc', '/index.html']) {
      const res = await app.inject({ url });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type'], url).toMatch(/^text\/html/);
      expect(res.body, url).toContain('<title>ANTT</title>');
      expect(res.headers['cache-control'], url).toBe('no-cache');
    }
    const asset = await app.inject({ url: '/assets/index-abc123.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('answers a missing asset or API path with a 404, never index.html', async () => {
    const app = await buildApp({ db: fakeDb(), dist });
    for (const url of ['/assets/gone-123.js', '/api/v1/unknown']) {
      const res = await app.inject({ url });
      expect(res.statusCode, url).toBe(404);
      expect(res.headers['content-type'], url).toMatch(/^application\/problem\+json/);
    }
  });

  it('serves the API alone when there is no build', async () => {
    const app = await buildApp({ db: fakeDb(), dist: join(dist, 'missing') });
    expect((await app.inject({ url: '/' })).statusCode).toBe(404);
    expect((await app.inject({ url: '/config.json' })).statusCode).toBe(200);
  });
});
