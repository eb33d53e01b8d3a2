import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../../mocks/generator';
import { createMockServer } from '../../mocks/node';
import { setApiBaseUrl } from '../api/client';
import { ApiError } from '../api/errors';
import { groupsPageSchema, mediationCasesPageSchema } from '../api/schemas';
import { EXPORT_PAGE_SIZE, fetchAllPages, isAbortError } from './fetch-all-pages';

/** Any origin works: the mock server answers on every origin under /api/v1. */
const TEST_API = 'http://localhost/api/v1';

/** The value, or a failed test naming what was missing. */
function must<T>(value: T | null | undefined, what = 'value'): T {
  if (value === null || value === undefined) throw new Error(`missing ${what}`);
  return value;
}

const ds = generateDataset({ shape: 'with-districts' });
const server = createMockServer({ dataset: ds });
const requests: URL[] = [];
server.events.on('request:start', ({ request }) => {
  requests.push(new URL(request.url));
});

beforeAll(() => {
  setApiBaseUrl(TEST_API);
  server.listen({ onUnhandledFrame: 'error' });
});
afterEach(() => {
  server.resetHandlers();
  requests.length = 0;
});
afterAll(() => server.close());

const district = must(
  ds.areas.find((a) => a.level === 'district'),
  'a district',
);

/** The district's groups straight from the generator, in the API's default order (by id). */
function districtGroupIds(): string[] {
  const i = ds.tree.indexById.get(district.id) ?? -1;
  const ids: string[] = [];
  for (let w = ds.tree.wardStart[i] ?? 0; w < (ds.tree.wardEnd[i] ?? 0); w++) {
    for (const g of ds.wardGroups(w)) ids.push(g.id);
  }
  return ids.sort();
}

describe('fetchAllPages', () => {
  it('gathers every row across pages, with the filters on every request, and reports progress', async () => {
    const expected = districtGroupIds();
    expect(expected.length).toBeGreaterThan(300);
    const progress: Array<[number, number]> = [];
    const rows = await fetchAllPages(
      '/groups',
      groupsPageSchema,
      { areaId: district.id, sort: 'id' },
      { pageSize: 100, onProgress: (loaded, total) => progress.push([loaded, total]) },
    );
    expect(rows.map((g) => g.id)).toEqual(expected);
    const pages = Math.ceil(expected.length / 100);
    expect(requests).toHaveLength(pages);
    expect(requests.map((u) => u.searchParams.get('page'))).toEqual(
      Array.from({ length: pages }, (_, i) => String(i + 1)),
    );
    for (const u of requests) {
      expect(u.searchParams.get('areaId')).toBe(district.id);
      expect(u.searchParams.get('sort')).toBe('id');
      expect(u.searchParams.get('pageSize')).toBe('100');
    }
    expect(progress.at(0)).toEqual([100, expected.length]);
    expect(progress.at(-1)).toEqual([expected.length, expected.length]);
  });

  it('asks for the API maximum of 500 rows a page by default', async () => {
    const rows = await fetchAllPages('/groups', groupsPageSchema, { areaId: district.id });
    expect(rows).toHaveLength(districtGroupIds().length);
    expect(requests[0]?.searchParams.get('pageSize')).toBe(String(EXPORT_PAGE_SIZE));
  });

  it('makes one request for an empty result', async () => {
    const rows = await fetchAllPages('/mediation-cases', mediationCasesPageSchema, {
      areaId: district.id,
      from: '2000-01',
      to: '2000-12',
    });
    expect(rows).toEqual([]);
    expect(requests).toHaveLength(1);
  });

  it('stops when cancelled between pages, without further requests', async () => {
    const abort = new AbortController();
    const promise = fetchAllPages(
      '/groups',
      groupsPageSchema,
      { areaId: district.id },
      { pageSize: 100, signal: abort.signal, onProgress: () => abort.abort() },
    );
    await expect(promise).rejects.toSatisfy(isAbortError);
    expect(requests).toHaveLength(1);
  });

  it('stops a request in flight when cancelled', async () => {
    server.use(
      http.get('*/api/v1/groups', async () => {
        await new Promise((r) => setTimeout(r, 500));
        return HttpResponse.json({ items: [], total: 0, page: 1, pageSize: 100 });
      }),
    );
    const abort = new AbortController();
    const promise = fetchAllPages('/groups', groupsPageSchema, {}, { signal: abort.signal });
    setTimeout(() => abort.abort(), 20);
    await expect(promise).rejects.toSatisfy(isAbortError);
  });

  it('reports an error in the middle, after the pages before it', async () => {
    server.use(
      http.get('*/api/v1/groups', ({ request }) =>
        new URL(request.url).searchParams.get('page') === '3'
          ? HttpResponse.json({ title: 'Service Unavailable', status: 503 }, { status: 503 })
          : undefined,
      ),
    );
    const progress: number[] = [];
    const promise = fetchAllPages(
      '/groups',
      groupsPageSchema,
      { areaId: district.id },
      { pageSize: 100, onProgress: (loaded) => progress.push(loaded) },
    );
    await expect(promise).rejects.toBeInstanceOf(ApiError);
    await expect(promise).rejects.toMatchObject({ kind: 'http', status: 503 });
    expect(progress).toEqual([100, 200]);
    expect(requests).toHaveLength(3);
  });

  it('validates every page with the schema', async () => {
    server.use(
      http.get('*/api/v1/groups', ({ request }) =>
        new URL(request.url).searchParams.get('page') === '2'
          ? HttpResponse.json({ items: [{ id: 7 }], total: 1000, page: 2, pageSize: 100 })
          : undefined,
      ),
    );
    const promise = fetchAllPages('/groups', groupsPageSchema, { areaId: district.id }, { pageSize: 100 });
    await expect(promise).rejects.toMatchObject({ kind: 'invalid', field: 'items[0].id' });
  });

  it('ends on a short page even if the total promised more (rows removed meanwhile)', async () => {
    server.use(
      http.get('*/api/v1/groups', ({ request }) => {
        const page = Number(new URL(request.url).searchParams.get('page'));
        const items = Array.from({ length: page === 1 ? 100 : 10 }, (_, n) => ({
          ...sampleGroup(),
          id: `g${page}-${n}`,
        }));
        return HttpResponse.json({ items, total: 100_000, page, pageSize: 100 });
      }),
    );
    const rows = await fetchAllPages('/groups', groupsPageSchema, {}, { pageSize: 100 });
    expect(rows).toHaveLength(110);
    expect(requests).toHaveLength(2);
  });
});

function sampleGroup() {
  const g = ds.wardGroups(0)[0];
  if (!g) throw new Error('ward 0 has groups');
  return g;
}
