import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { apiGet, apiPostForm, apiUrl, setAccessTokenSource, setApiBaseUrl } from './client';
import { ApiError, parseRetryAfter } from './errors';
import { incidentStatsResponseSchema } from './schemas';

function respond(status: number, body: unknown, contentType = 'application/json') {
  vi.stubGlobal(
    'fetch',
    vi.fn(
      async () => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } }),
    ),
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('apiGet', () => {
  setApiBaseUrl('https://example.test/api/v1/');

  it('builds URLs without empty parameters', () => {
    expect(apiUrl('/stats/incidents', { areaId: 'p01', from: '2025-01', level: undefined, q: '' })).toBe(
      'https://example.test/api/v1/stats/incidents?areaId=p01&from=2025-01',
    );
  });

  it('returns validated data', async () => {
    respond(200, { items: [{ areaId: 'a', month: '2025-01', total: 3, byCategory: { fire: 3 } }] });
    const data = await apiGet('/stats/incidents', incidentStatsResponseSchema);
    expect(data.items[0]?.total).toBe(3);
  });

  it('names the invalid field of a response', async () => {
    respond(200, {
      items: [
        { areaId: 'a', month: '2025-01', total: 3 },
        { areaId: 'a', month: '2025-02', total: '4', byCategory: {} },
      ],
    });
    const error = await apiGet('/stats/incidents', incidentStatsResponseSchema).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).kind).toBe('invalid');
    expect((error as ApiError).field).toBe('items[0].byCategory');
  });

  it('carries the HTTP status, problem title and detail', async () => {
    respond(404, { title: 'Area not found', status: 404, detail: 'No area x' }, 'application/problem+json');
    const error = (await apiGet('/stats/incidents', incidentStatsResponseSchema).catch(
      (e: unknown) => e,
    )) as ApiError;
    expect(error.kind).toBe('http');
    expect(error.status).toBe(404);
    expect(error.title).toBe('Area not found');
    expect(error.detail).toBe('No area x');
    expect(error.code).toBeUndefined();
  });

  it('carries the problem’s code (v1.1)', async () => {
    respond(
      400,
      { title: 'Bad Request', status: 400, detail: 'Query too broad', code: 'queryTooBroad' },
      'application/problem+json',
    );
    const error = (await apiGet('/stats/incidents', incidentStatsResponseSchema).catch(
      (e: unknown) => e,
    )) as ApiError;
    expect(error.code).toBe('queryTooBroad');
  });

  it('reports an unreachable server as a network error', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    const error = (await apiGet('/areas', incidentStatsResponseSchema).catch((e: unknown) => e)) as ApiError;
    expect(error.kind).toBe('network');
  });
});

describe('apiGet timeouts and Retry-After', () => {
  afterEach(() => setApiBaseUrl('https://example.test/api/v1/'));

  /** A fetch that never answers, but gives up as a real one does when its signal aborts. */
  function hang() {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        (_url: string, init: RequestInit) =>
          new Promise<Response>((_resolve, reject) => {
            init.signal?.addEventListener('abort', () => reject(init.signal?.reason));
          }),
      ),
    );
  }

  it('ends a request that never answers with a timeout error of its own', async () => {
    setApiBaseUrl('https://example.test/api/v1', { timeoutMs: 50 });
    hang();
    const error = (await apiGet('/areas', incidentStatsResponseSchema).catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.kind).toBe('timeout');
    expect(error.timeoutMs).toBe(50);
  });

  it('lets an aborted request (a superseded selection) end as an abort, not as an error to show', async () => {
    hang();
    const controller = new AbortController();
    const pending = apiGet('/areas', incidentStatsResponseSchema, {}, controller.signal).catch(
      (e: unknown) => e,
    );
    controller.abort();
    const error = await pending;
    expect(error).not.toBeInstanceOf(ApiError);
    expect((error as DOMException).name).toBe('AbortError');
  });

  it('carries Retry-After, in seconds or as an HTTP date', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(JSON.stringify({ title: 'Busy', status: 503 }), {
            status: 503,
            headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '7' },
          }),
      ),
    );
    const error = (await apiGet('/areas', incidentStatsResponseSchema).catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(503);
    expect(error.retryAfterMs).toBe(7000);
    expect(parseRetryAfter('Wed, 21 Oct 2026 07:28:10 GMT', Date.parse('2026-10-21T07:28:00Z'))).toBe(10_000);
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
  });

  it('puts no title of its own where the server gave none', async () => {
    respond(502, 'Bad gateway', 'text/plain');
    const error = (await apiGet('/areas', incidentStatsResponseSchema).catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(502);
    expect(error.title).toBeUndefined();
  });
});

describe('apiPostForm', () => {
  const ok = z.object({ imported: z.number() });
  const refused = z.object({ title: z.string(), problems: z.array(z.string()) });
  const rejected = { status: 422, schema: refused };

  it('sends the form as it is, with the token, and validates a 200', async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ imported: 3 }), { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    setAccessTokenSource({ getToken: async () => 'tok', renew: async () => null });
    try {
      const form = new FormData();
      form.append('files', new Blob(['a,b\r\n']), 'incidents.csv');
      const answer = await apiPostForm('/imports', form, ok, rejected, { params: { check: 'true' } });
      expect(answer).toEqual({ ok: true, data: { imported: 3 } });
      const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
      expect(url).toBe('https://example.test/api/v1/imports?check=true');
      expect(init.method).toBe('POST');
      expect(init.body).toBe(form);
      // No Content-Type of ours: the browser writes multipart/form-data with its boundary.
      expect(init.headers).toEqual({ Accept: 'application/json', Authorization: 'Bearer tok' });
    } finally {
      setAccessTokenSource(null);
    }
  });

  it('returns the rejection status’s body as data, not as an error', async () => {
    respond(422, { title: 'Refused', problems: ['x'] }, 'application/problem+json');
    const answer = await apiPostForm('/imports', new FormData(), ok, rejected);
    expect(answer).toEqual({ ok: false, data: { title: 'Refused', problems: ['x'] } });
  });

  it('throws other statuses as ApiErrors, and an invalid report as an invalid answer', async () => {
    respond(413, { title: 'Too big', status: 413 }, 'application/problem+json');
    const big = (await apiPostForm('/imports', new FormData(), ok, rejected).catch(
      (e: unknown) => e,
    )) as ApiError;
    expect(big.kind).toBe('http');
    expect(big.status).toBe(413);
    expect(big.title).toBe('Too big');
    respond(422, { title: 'Refused' }, 'application/problem+json');
    const bad = (await apiPostForm('/imports', new FormData(), ok, rejected).catch(
      (e: unknown) => e,
    )) as ApiError;
    expect(bad.kind).toBe('invalid');
    expect(bad.field).toBe('problems');
  });

  it('gives the request its own timeout', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        (_url: string, init: RequestInit) =>
          new Promise<Response>((_resolve, reject) => {
            init.signal?.addEventListener('abort', () => reject(init.signal?.reason));
          }),
      ),
    );
    const error = (await apiPostForm('/imports', new FormData(), ok, rejected, { timeoutMs: 40 }).catch(
      (e: unknown) => e,
    )) as ApiError;
    expect(error.kind).toBe('timeout');
    expect(error.timeoutMs).toBe(40);
  });
});
