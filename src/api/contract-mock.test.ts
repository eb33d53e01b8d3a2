// The mock API (mocks/node.ts) must answer inside the contract, checked against both sides: every
// body against the OpenAPI component its path references (ajv) and against its zod schema.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { z } from 'zod';
import { createMockServer } from '../../mocks/node';
import { problemSchema, responseSchemas, type ApiPath, type Area } from './schemas';
import { componentValidators, describeAjvErrors, loadOpenApi, type JsonObject } from './openapi-test-utils';

import { apiPaths, COMPONENT_REF, operation, otherMethods, response, schemaRef } from './contract-test-utils';

const MOCK_BASE = 'http://localhost/api/v1';

type Query = Record<string, string | number>;
type Answer = { url: string; status: number; contentType: string; body: unknown };

async function mockGet(path: string, query: Query = {}): Promise<Answer> {
  const search = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])).toString();
  const url = `${MOCK_BASE}${path}${search ? `?${search}` : ''}`;
  const res = await fetch(url, { headers: { Accept: 'application/json' } });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Left as text: the schema checks below report it.
  }
  return { url, status: res.status, contentType: res.headers.get('content-type') ?? '', body };
}

type ApiBody<P extends ApiPath> = z.output<(typeof responseSchemas)[P]>;

function zodParse<S extends z.ZodType>(schema: S, body: unknown, url: string): z.output<S> {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new Error(`${url} vs zod: ${parsed.error.message}`);
  return parsed.data;
}

/** responseSchemas[path].parse, typed per path (a mapped type lets a generic path keep its type). */
const zodParsers: { [P in ApiPath]: (body: unknown, url: string) => ApiBody<P> } = {
  '/areas': (body, url) => zodParse(responseSchemas['/areas'], body, url),
  '/groups': (body, url) => zodParse(responseSchemas['/groups'], body, url),
  '/patrols': (body, url) => zodParse(responseSchemas['/patrols'], body, url),
  '/mediation-cases': (body, url) => zodParse(responseSchemas['/mediation-cases'], body, url),
  '/stats/incidents': (body, url) => zodParse(responseSchemas['/stats/incidents'], body, url),
  '/stats/patrols': (body, url) => zodParse(responseSchemas['/stats/patrols'], body, url),
  '/stats/mediation': (body, url) => zodParse(responseSchemas['/stats/mediation'], body, url),
  '/stats/groups': (body, url) => zodParse(responseSchemas['/stats/groups'], body, url),
  '/meta': (body, url) => zodParse(responseSchemas['/meta'], body, url),
  '/me': (body, url) => zodParse(responseSchemas['/me'], body, url),
  '/stats/reporting': (body, url) => zodParse(responseSchemas['/stats/reporting'], body, url),
  '/areas/geometry': (body, url) => zodParse(responseSchemas['/areas/geometry'], body, url),
};

/** A 200 body valid against the OpenAPI component its path references AND its zod schema. */
function expectValid<P extends ApiPath>(
  doc: JsonObject,
  validators: ReturnType<typeof componentValidators>,
  path: P,
  answer: Answer,
): ApiBody<P> {
  expect(answer.status, `${answer.url}: ${JSON.stringify(answer.body)}`).toBe(200);
  expect(answer.contentType, answer.url).toMatch(/^application\/json\b/);
  const ref = schemaRef(response(doc, operation(doc, path), '200'), 'application/json') ?? '';
  const validate = validators.validator(ref.slice(COMPONENT_REF.length));
  expect(
    validate(answer.body),
    `${answer.url} vs OpenAPI: ${describeAjvErrors(validate).slice(0, 5).join('; ')}`,
  ).toBe(true);
  return zodParsers[path](answer.body, answer.url);
}

function expectProblem(
  validators: ReturnType<typeof componentValidators>,
  answer: Answer,
  status: number,
): void {
  expect(answer.status, `${answer.url}: ${JSON.stringify(answer.body)}`).toBe(status);
  expect(answer.contentType, answer.url).toMatch(/^application\/problem\+json\b/);
  const validate = validators.validator('Problem');
  expect(validate(answer.body), `${answer.url}: ${describeAjvErrors(validate).join('; ')}`).toBe(true);
  const parsed = problemSchema.safeParse(answer.body);
  expect(parsed.success, answer.url).toBe(true);
  expect(parsed.data?.status, answer.url).toBe(status);
}

type SortValue = string | number | null;
/** Sorted by `field` (nulls last ascending, first descending), ties by id ascending. */
function expectSorted(
  items: readonly { id: string }[],
  field: string,
  descending: boolean,
  url: string,
): void {
  const value = (item: { id: string }): SortValue => {
    const v: unknown = Object.entries(item).find(([k]) => k === field)?.[1];
    return typeof v === 'string' || typeof v === 'number' ? v : null;
  };
  const ascending = (a: SortValue, b: SortValue): number =>
    a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1;
  for (let i = 1; i < items.length; i++) {
    const prev = items[i - 1];
    const next = items[i];
    if (!prev || !next) continue;
    const c = ascending(value(prev), value(next)) * (descending ? -1 : 1);
    expect(c < 0 || (c === 0 && prev.id < next.id), `${url}: items ${i - 1} and ${i} out of order`).toBe(
      true,
    );
  }
}

const monthlyStats = ['/stats/incidents', '/stats/patrols', '/stats/mediation', '/stats/reporting'] as const;
const statsPaths = [...monthlyStats, '/stats/groups'] as const;
const listPaths = ['/groups', '/patrols', '/mediation-cases'] as const;
const areaPaths = apiPaths.filter(
  (p) => p !== '/areas' && p !== '/meta' && p !== '/me' && p !== '/areas/geometry',
);
const periodPaths = [...monthlyStats, '/patrols', '/mediation-cases'] as const;

describe('mock API (mocks/node.ts) answers inside the contract', () => {
  const doc = loadOpenApi();
  const validators = componentValidators(doc);
  const server = createMockServer({ shape: 'with-districts' });
  const areas = new Map<string, Area>();
  let ward: Area;
  let province: Area;

  beforeAll(async () => {
    server.listen({ onUnhandledFrame: 'error' });
    const { items } = expectValid(doc, validators, '/areas', await mockGet('/areas'));
    for (const a of items) areas.set(a.id, a);
    const someWard = items.find((a) => a.level === 'ward');
    const someProvince = items.find((a) => a.level === 'province');
    if (!someWard || !someProvince) throw new Error('the mock tree needs a province and a ward');
    ward = someWard;
    province = someProvince;
  });
  afterAll(() => server.close());

  test('/areas: one root, every parentId in the tree', () => {
    expect([...areas.values()].filter((a) => a.parentId === null)).toHaveLength(1);
    for (const a of areas.values()) if (a.parentId !== null) expect(areas.has(a.parentId), a.id).toBe(true);
  });

  test.each(apiPaths)('%s with default parameters', async (path) => {
    expectValid(doc, validators, path, await mockGet(path));
  });

  test.each(areaPaths)('%s?areaId=<a ward>', async (path) => {
    const body = expectValid(doc, validators, path, await mockGet(path, { areaId: ward.id }));
    for (const item of body.items) {
      if ('areaId' in item) expect(item.areaId).toBe(ward.id);
      if ('wardId' in item) expect(item.wardId).toBe(ward.id);
    }
  });

  test('/areas/geometry?areaId=<a ward>: the ward itself, closed rings', async () => {
    const body = expectValid(
      doc,
      validators,
      '/areas/geometry',
      await mockGet('/areas/geometry', { areaId: ward.id }),
    );
    expect(body.features.map((f) => f.id)).toEqual([ward.id]);
  });

  test('/areas/geometry?level=ward: every ward of the tree', async () => {
    const body = expectValid(
      doc,
      validators,
      '/areas/geometry',
      await mockGet('/areas/geometry', { level: 'ward' }),
    );
    const wards = [...areas.values()].filter((a) => a.level === 'ward').map((a) => a.id);
    expect(body.features.map((f) => f.id).sort()).toEqual(wards.sort());
  });

  test.each(statsPaths)('%s?level=ward: rows of wards', async (path) => {
    const body = expectValid(doc, validators, path, await mockGet(path, { level: 'ward' }));
    expect(body.items.length).toBeGreaterThan(0);
    for (const item of body.items) expect(areas.get(item.areaId)?.level, item.areaId).toBe('ward');
  });

  test.each(monthlyStats)('%s?areaId=<a province>&from&to&level=ward: months in range', async (path) => {
    const answer = await mockGet(path, {
      areaId: province.id,
      from: '2024-11',
      to: '2025-02',
      level: 'ward',
    });
    const body = expectValid(doc, validators, path, answer);
    for (const item of body.items) {
      expect(item.month >= '2024-11' && item.month <= '2025-02', `${answer.url}: ${item.month}`).toBe(true);
    }
  });

  test.each([
    {
      path: '/groups',
      query: { page: 2, pageSize: 7, sort: '-members' },
      field: 'members',
      descending: true,
    },
    {
      path: '/groups',
      query: { page: 1, pageSize: 500, sort: 'establishedOn' },
      field: 'establishedOn',
      descending: false,
    },
    { path: '/patrols', query: { page: 3, pageSize: 10, sort: 'date' }, field: 'date', descending: false },
    {
      path: '/patrols',
      query: { page: 2, pageSize: 25, sort: '-durationMinutes' },
      field: 'durationMinutes',
      descending: true,
    },
    {
      path: '/mediation-cases',
      query: { page: 2, pageSize: 5, sort: '-closedOn' },
      field: 'closedOn',
      descending: true,
    },
    {
      path: '/mediation-cases',
      query: { page: 1, pageSize: 40, sort: 'closedOn' },
      field: 'closedOn',
      descending: false,
    },
  ] as const)(
    '$path?page=$query.page&pageSize=$query.pageSize&sort=$query.sort',
    async ({ path, query, field, descending }) => {
      const answer = await mockGet(path, query);
      const body = expectValid(doc, validators, path, answer);
      expect(body.page).toBe(query.page);
      expect(body.pageSize).toBe(query.pageSize);
      expect(body.items.length).toBeGreaterThan(0);
      expect(body.items.length).toBeLessThanOrEqual(query.pageSize);
      expect(body.total).toBeGreaterThanOrEqual((query.page - 1) * query.pageSize + body.items.length);
      expectSorted(body.items, field, descending, answer.url);
    },
  );

  test.each(listPaths)('%s: a page past the last one is empty', async (path) => {
    const body = expectValid(doc, validators, path, await mockGet(path, { page: 100000, pageSize: 500 }));
    expect(body.items).toEqual([]);
  });

  test('filters: /groups type+status+q, /patrols shift, /mediation-cases category+outcome', async () => {
    const groups = expectValid(
      doc,
      validators,
      '/groups',
      await mockGet('/groups', { type: 'security_order', status: 'active', pageSize: 500 }),
    );
    expect(groups.items.length).toBeGreaterThan(0);
    for (const g of groups.items) expect([g.type, g.status]).toEqual(['security_order', 'active']);

    const first = groups.items[0];
    if (!first) throw new Error('no group');
    const needle = first.name.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
    const found = expectValid(
      doc,
      validators,
      '/groups',
      await mockGet('/groups', { q: needle.toUpperCase() }),
    );
    expect(found.items.map((g) => g.id)).toContain(first.id);

    const patrols = expectValid(doc, validators, '/patrols', await mockGet('/patrols', { shift: 'night' }));
    for (const p of patrols.items) expect(p.shift).toBe('night');

    const cases = expectValid(
      doc,
      validators,
      '/mediation-cases',
      await mockGet('/mediation-cases', { category: 'land', outcome: 'pending' }),
    );
    for (const c of cases.items)
      expect([c.category, c.outcome, c.closedOn]).toEqual(['land', 'pending', null]);
  });

  test('/groups?recognition=provincial,national: only those levels; an unknown level → 400', async () => {
    const body = expectValid(
      doc,
      validators,
      '/groups',
      await mockGet('/groups', { recognition: 'provincial,national', pageSize: 500 }),
    );
    expect(body.items.length).toBeGreaterThan(0);
    for (const g of body.items) expect(['provincial', 'national']).toContain(g.recognition);
    const all = expectValid(doc, validators, '/groups', await mockGet('/groups', { pageSize: 1 }));
    const none = expectValid(
      doc,
      validators,
      '/groups',
      await mockGet('/groups', { recognition: 'none', pageSize: 1 }),
    );
    expect(none.total).toBeLessThan(all.total);
    expectProblem(validators, await mockGet('/groups', { recognition: 'provincial,model' }), 400);
  });

  test.each(periodPaths)('%s?from=bad → 400 problem', async (path) => {
    expectProblem(validators, await mockGet(path, { from: 'bad' }), 400);
  });

  test.each(periodPaths)('%s with from after to → 400 problem', async (path) => {
    expectProblem(validators, await mockGet(path, { from: '2025-05', to: '2025-01' }), 400);
  });

  test.each(areaPaths)('%s?areaId=nope → 404 problem', async (path) => {
    expectProblem(validators, await mockGet(path, { areaId: 'nope' }), 404);
  });

  test.each(statsPaths)('%s with a level above the area → 400 problem', async (path) => {
    expectProblem(validators, await mockGet(path, { areaId: ward.id, level: 'province' }), 400);
  });

  test.each(listPaths)('%s?pageSize=501 → 400 problem', async (path) => {
    expectProblem(validators, await mockGet(path, { pageSize: 501 }), 400);
  });

  // The mock's caller is a viewer (/me), and imports need the editor role: both operations answer
  // the 403 problem the contract documents for them, as the reference server does to a viewer.
  test.each(otherMethods)('%s (%s) → 403 problem for the mock’s viewer', async (path, method) => {
    const me = expectValid(doc, validators, '/me', await mockGet('/me'));
    expect(me.roles).toEqual(['viewer']);
    const form = new FormData();
    form.append('files', new Blob(['ward_id,month\n']), 'incidents.csv');
    const url = `${MOCK_BASE}${path}`;
    const res = await fetch(url, method === 'post' ? { method: 'POST', body: form } : {});
    const answer: Answer = {
      url,
      status: res.status,
      contentType: res.headers.get('content-type') ?? '',
      body: await res.json(),
    };
    expectProblem(validators, answer, 403);
    expect(schemaRef(response(doc, operation(doc, path, method), '403'), 'application/problem+json')).toBe(
      `${COMPONENT_REF}Problem`,
    );
    expect(problemSchema.parse(answer.body).detail).toContain('editor role');
  });
});

describe('mock API on a tree without districts (2025 reform)', () => {
  const server = createMockServer({ shape: 'no-districts' });
  const doc = loadOpenApi();
  const validators = componentValidators(doc);
  beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
  afterAll(() => server.close());

  test.each(statsPaths)('%s?level=district → empty items', async (path) => {
    const areas = expectValid(doc, validators, '/areas', await mockGet('/areas'));
    expect(areas.items.some((a) => a.level === 'district')).toBe(false);
    const body = expectValid(doc, validators, path, await mockGet(path, { level: 'district' }));
    expect(body.items).toEqual([]);
  });
});

describe('mock API as a v1-only API (apiVersion 1)', () => {
  const server = createMockServer({ apiVersion: '1' });
  const doc = loadOpenApi();
  const validators = componentValidators(doc);
  beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
  afterAll(() => server.close());
  const v11Only = new Set<ApiPath>(['/meta', '/me', '/stats/reporting', '/areas/geometry']);

  test.each(apiPaths.filter((p) => !v11Only.has(p)))('%s still answers inside the contract', async (path) => {
    expectValid(doc, validators, path, await mockGet(path));
  });

  test.each([...v11Only])('%s → 404 problem (the client infers what it can)', async (path) => {
    expectProblem(validators, await mockGet(path), 404);
  });
});
