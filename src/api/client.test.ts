import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiGet, apiUrl, setApiBaseUrl } from './client';
import { ApiError } from './errors';
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
