// The edge every answer passes: problem+json errors without stack or SQL, body and rate limits,
// request ids, CORS allow-list, health checks and graceful shutdown.
import { describe, expect, it } from 'vitest';
import { buildApp } from '../src/http-app';
import { installShutdown } from '../src/http/shutdown';
import { fakeDb } from './support/fake-db';

/** An error as node-postgres raises it: message, SQL position, the statement in a property. */
function databaseError(): Error {
  const error = new Error('relation "mediation_cases_secret" does not exist') as Error &
    Record<string, unknown>;
  Object.assign(error, {
    code: '42P01',
    position: '15',
    severity: 'ERROR',
    query: 'SELECT * FROM mediation_cases_secret WHERE area_id = $1',
  });
  return error;
}

async function appWithProbes(options: Parameters<typeof buildApp>[0]) {
  const app = await buildApp(options);
  app.get('/api/v1/__probe/throws', async () => {
    throw databaseError();
  });
  app.post('/api/v1/__probe/echo', async (request) => ({ size: JSON.stringify(request.body).length }));
  app.get('/api/v1/__probe/ok', async () => ({ ok: true }));
  return app;
}

describe('errors', () => {
  it('answers a database error with a 500 problem naming neither the SQL, the table nor a stack', async () => {
    const app = await appWithProbes({ db: fakeDb() });
    const res = await app.inject({ url: '/api/v1/__probe/throws', headers: { 'x-request-id': 'probe-1' } });
    expect(res.statusCode).toBe(500);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    const body = res.json<Record<string, unknown>>();
    expect(body).toMatchObject({ title: 'Internal Server Error', status: 500, requestId: 'probe-1' });
    expect(String(body.detail)).toContain('probe-1');
    for (const leak of ['SELECT', 'mediation_cases_secret', '42P01', 'at ', '.ts:', 'stack'])
      expect(res.body).not.toContain(leak);
  });

  it('answers a failing database under the API’s own routes without its message', async () => {
    const db = fakeDb();
    db.failing = true;
    const app = await buildApp({ db });
    const res = await app.inject({ url: '/api/v1/meta' });
    expect(res.statusCode).toBe(500);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).not.toContain('connection terminated');
  });

  it('answers an unknown API path with a 404 problem', async () => {
    const app = await buildApp({ db: fakeDb() });
    const res = await app.inject({ url: '/api/v1/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({ status: 404, title: 'Not Found' });
  });

  it('refuses a body over the limit with a 413 problem', async () => {
    const app = await appWithProbes({ db: fakeDb(), bodyLimit: 1024 });
    const small = await app.inject({ method: 'POST', url: '/api/v1/__probe/echo', payload: { a: 'x' } });
    expect(small.statusCode).toBe(200);
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/__probe/echo',
      payload: { a: 'x'.repeat(5000) },
    });
    expect(res.statusCode).toBe(413);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({ status: 413 });
  });
});

describe('rate limits', () => {
  it('answers 429 problem+json with Retry-After once a client exceeds its limit, per client', async () => {
    const app = await appWithProbes({ db: fakeDb(), rateLimit: { max: 3, windowMs: 60_000 } });
    const from = (ip: string) => app.inject({ url: '/api/v1/__probe/ok', remoteAddress: ip });
    for (let i = 0; i < 3; i++) expect((await from('10.0.0.1')).statusCode).toBe(200);
    const limited = await from('10.0.0.1');
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.json()).toMatchObject({ status: 429, title: 'Too Many Requests' });
    // Another client is not affected, and the health checks never count.
    expect((await from('10.0.0.2')).statusCode).toBe(200);
    expect((await app.inject({ url: '/healthz', remoteAddress: '10.0.0.1' })).statusCode).toBe(200);
    // The API's own routes (with their own error handler) are limited the same way.
    const api = await app.inject({ url: '/api/v1/areas', remoteAddress: '10.0.0.1' });
    expect(api.statusCode).toBe(429);
    expect(api.json()).toMatchObject({ status: 429, title: 'Too Many Requests' });
  });
});

describe('request ids', () => {
  it('returns the caller’s x-request-id, and makes one when it is missing or not an id', async () => {
    const app = await appWithProbes({ db: fakeDb() });
    const given = await app.inject({ url: '/api/v1/__probe/ok', headers: { 'x-request-id': 'abc-123' } });
    expect(given.headers['x-request-id']).toBe('abc-123');
    const made = await app.inject({ url: '/api/v1/__probe/ok' });
    expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const hostile = await app.inject({
      url: '/api/v1/__probe/ok',
      headers: { 'x-request-id': 'a\u0000b {"level":60}' },
    });
    expect(hostile.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('logs JSON lines carrying the request id', async () => {
    const lines: string[] = [];
    const app = await appWithProbes({
      db: fakeDb(),
      logger: { level: 'info', stream: { write: (line: string) => void lines.push(line) } },
    });
    await app.inject({ url: '/api/v1/__probe/throws', headers: { 'x-request-id': 'log-7' } });
    const entries = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    const failed = entries.find((e) => e.msg === 'request failed');
    expect(failed).toMatchObject({ reqId: 'log-7', level: 50 });
    // The log keeps what the answer may not: the driver's message, for whoever runs the server.
    expect(JSON.stringify(failed)).toContain('mediation_cases_secret');
  });
});

describe('CORS', () => {
  it('lets only the allowed origins read the API, and preflights allow the Authorization header', async () => {
    const app = await appWithProbes({ db: fakeDb(), corsOrigins: ['https://dashboard.example.org'] });
    const allowed = await app.inject({
      url: '/api/v1/__probe/ok',
      headers: { origin: 'https://dashboard.example.org' },
    });
    expect(allowed.headers['access-control-allow-origin']).toBe('https://dashboard.example.org');
    const other = await app.inject({
      url: '/api/v1/__probe/ok',
      headers: { origin: 'https://evil.example' },
    });
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await app.inject({
      method: 'OPTIONS',
      url: '/api/v1/__probe/ok',
      headers: {
        origin: 'https://dashboard.example.org',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'authorization',
      },
    });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers['access-control-allow-headers']).toContain('authorization');
  });

  it('sends no CORS headers without an allow-list', async () => {
    const app = await appWithProbes({ db: fakeDb() });
    const res = await app.inject({
      url: '/api/v1/__probe/ok',
      headers: { origin: 'https://dashboard.example.org' },
    });
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('health', () => {
  it('/healthz answers while the process runs; /readyz only while the database answers', async () => {
    const db = fakeDb();
    const app = await buildApp({ db });
    expect((await app.inject({ url: '/healthz' })).json()).toEqual({ status: 'ok' });
    expect((await app.inject({ url: '/readyz' })).statusCode).toBe(200);
    db.failing = true;
    const down = await app.inject({ url: '/readyz' });
    expect(down.statusCode).toBe(503);
    expect(down.body).not.toContain('connection terminated');
    expect((await app.inject({ url: '/healthz' })).statusCode).toBe(200);
  });
});

describe('graceful shutdown', () => {
  it('on SIGTERM lets the request in flight finish, then closes the database and exits 0', async () => {
    const db = fakeDb();
    const app = await buildApp({ db, closeDb: true });
    let release = () => {};
    const started = new Promise<void>((resolve) => {
      app.get('/api/v1/__probe/slow', async () => {
        resolve();
        await new Promise<void>((done) => (release = done));
        return { finished: true };
      });
    });
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    const codes: number[] = [];
    const { uninstall } = installShutdown(app, { exit: (code) => codes.push(code) });
    try {
      const inFlight = fetch(`${address}/api/v1/__probe/slow`).then((r) => r.json());
      await started;
      process.emit('SIGTERM');
      await new Promise((r) => setTimeout(r, 50));
      expect(db.closed).toBe(false);
      release();
      expect(await inFlight).toEqual({ finished: true });
      await expect.poll(() => codes).toEqual([0]);
      expect(db.closed).toBe(true);
    } finally {
      uninstall();
    }
  });
});
