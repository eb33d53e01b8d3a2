import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfigError, loadApiSource, type BuildFlags, type ConfigProblem } from './config';

const demoBuild: BuildFlags = { hasDemo: true, dev: false, buildApiBaseUrl: undefined };

function serve(body: string, init: { status?: number; type?: string } = {}) {
  vi.stubGlobal(
    'fetch',
    vi.fn(
      async () =>
        new Response(body, {
          status: init.status ?? 200,
          headers: { 'Content-Type': init.type ?? 'application/json' },
        }),
    ),
  );
}

async function problem(flags: BuildFlags = demoBuild): Promise<ConfigProblem> {
  const error = await loadApiSource(flags, '/').catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ConfigError);
  return (error as ConfigError).problem;
}

afterEach(() => vi.unstubAllGlobals());

describe('loadApiSource', () => {
  it('runs the embedded mock only when config.json says demo', async () => {
    serve('{ "demo": true }');
    await expect(loadApiSource(demoBuild, '/')).resolves.toMatchObject({ mode: 'mock', baseUrl: '/api/v1' });
  });

  it('uses the configured API, with its settings', async () => {
    serve('{ "apiBaseUrl": "https://api.example.org/v1", "requestTimeoutMs": 5000 }');
    await expect(loadApiSource(demoBuild, '/')).resolves.toEqual({
      mode: 'remote',
      baseUrl: 'https://api.example.org/v1',
      config: { apiBaseUrl: 'https://api.example.org/v1', requestTimeoutMs: 5000 },
    });
  });

  it('says which HTTP status config.json got, and never falls back to the demo', async () => {
    serve('Not found', { status: 404, type: 'text/plain' });
    expect(await problem()).toEqual({ kind: 'status', status: 404 });
    serve('', { status: 500 });
    expect(await problem()).toEqual({ kind: 'status', status: 500 });
  });

  it('takes a missing config.json for the demo only in development', async () => {
    serve('', { status: 404 });
    await expect(loadApiSource({ ...demoBuild, dev: true }, '/')).resolves.toMatchObject({ mode: 'mock' });
  });

  it('recognises an HTML page (a login page, an SPA fallback) by its type or its first character', async () => {
    serve('<!doctype html><title>Sign in</title>', { type: 'text/html; charset=utf-8' });
    expect(await problem()).toEqual({ kind: 'html' });
    serve('  <html><body>Proxy</body></html>', { type: 'application/octet-stream' });
    expect(await problem()).toEqual({ kind: 'html' });
  });

  it('reports invalid JSON with the parser’s message', async () => {
    serve('{ "demo": true,');
    const found = await problem();
    expect(found.kind).toBe('syntax');
  });

  it('names the invalid field', async () => {
    serve('{ "apiBaseUrl": "https://x", "requestTimeoutMs": "soon" }');
    expect(await problem()).toMatchObject({ kind: 'invalid', field: 'requestTimeoutMs' });
    serve('{ "auth": { "issuer": "not a url", "clientId": "x" }, "apiBaseUrl": "/api" }');
    expect(await problem()).toMatchObject({ kind: 'invalid', field: 'auth.issuer' });
  });

  it('refuses a config that names neither demo nor an API', async () => {
    serve('{}');
    expect(await problem()).toEqual({ kind: 'noSource' });
    serve('{ "demo": false }');
    expect(await problem()).toEqual({ kind: 'noSource' });
  });

  it('takes the build’s API base URL when config.json names none, never the demo', async () => {
    serve('{}');
    await expect(
      loadApiSource({ ...demoBuild, buildApiBaseUrl: 'https://b/v1' }, '/'),
    ).resolves.toMatchObject({
      mode: 'remote',
      baseUrl: 'https://b/v1',
    });
  });

  it('says so when config.json asks for the demo of a build without one', async () => {
    serve('{ "demo": true }');
    expect(await problem({ ...demoBuild, hasDemo: false })).toEqual({ kind: 'noDemo' });
  });

  it('reports a network error and a timeout', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    expect(await problem()).toEqual({ kind: 'network' });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new DOMException('The operation timed out.', 'TimeoutError');
      }),
    );
    expect(await problem()).toMatchObject({ kind: 'timeout' });
  });
});
