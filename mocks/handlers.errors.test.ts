import { QUERY_TOO_BROAD } from '../src/api/problem-codes';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { responseSchemas, type ApiPath } from '../src/api/schemas';
import { generateDataset } from './generator';
import { createHandlers } from './handlers';
import { createMockServer } from './node';
import { API, fetchProblem } from './test-helpers';

const ds = generateDataset({ shape: 'with-districts' });
const BROKEN = 'http://broken.test/api/v1';
const CORRUPT = 'http://corrupt.test/api/v1';
const SLOW = 'http://slow.test/api/v1';
const BIG = 'http://big.test/api/v1';
const FLAKY = 'http://flaky.test/api/v1';
const big = generateDataset({
  size: { provinces: 3, districtsPerProvince: 13, wardsPerDistrict: 13 },
  shape: 'with-districts',
});
const paths = Object.keys(responseSchemas) as ApiPath[];
const server = createMockServer({ dataset: ds });
beforeAll(() => {
  server.use(
    ...createHandlers(ds, { baseUrl: BROKEN, failPaths: ['/stats/incidents', 'groups'] }),
    ...createHandlers(ds, { baseUrl: CORRUPT, corruptPaths: paths }),
    ...createHandlers(ds, { baseUrl: SLOW, latencyMs: 60 }),
    ...createHandlers(big, { baseUrl: BIG }),
    ...createHandlers(ds, { baseUrl: FLAKY, failPaths: ['*'], failTimes: 2 }),
  );
  server.listen({ onUnhandledFrame: 'error' });
});
afterAll(() => server.close());

describe('every endpoint', () => {
  it.each(paths)('%s answers 200 with a body valid against the contract', async (path) => {
    const res = await fetch(`${API}${path}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const parsed = responseSchemas[path].safeParse(await res.json());
    expect(parsed.success, parsed.error?.message).toBe(true);
  });
});

describe('invalid parameters → 400 problem', () => {
  it.each([
    '/stats/incidents?from=2026-13',
    '/stats/incidents?from=2026-1',
    '/stats/patrols?to=last',
    `/stats/mediation?from=${ds.asOf}&to=${ds.months.at(-3)}`,
    '/stats/incidents?level=city',
    `/stats/incidents?areaId=${ds.wards[0]?.area.id}&level=district`,
    '/stats/groups?level=country',
    '/groups?type=karaoke',
    '/groups?status=dormant',
    '/groups?page=0',
    '/groups?page=1.5',
    '/groups?page=abc',
    '/groups?pageSize=0',
    '/groups?pageSize=501',
    '/groups?sort=colour',
    '/groups?sort=-colour',
    '/groups?sort=name,id',
    '/groups?type=mediation&type=market',
    '/groups?recognition=model',
    '/groups?recognition=provincial,',
    '/groups?recognition=provincial,,national',
    '/groups?recognition=Provincial',
    '/groups?recognition=national&recognition=provincial',
    '/patrols?shift=evening',
    '/patrols?pageSize=1e2',
    '/mediation-cases?category=boundary',
    '/mediation-cases?outcome=won',
  ])('%s', async (path) => {
    const { status, contentType, problem } = await fetchProblem(path);
    expect(status).toBe(400);
    expect(contentType).toBe('application/problem+json');
    expect(problem).toMatchObject({ status: 400, title: 'Bad Request' });
    expect(problem.detail).toBeTruthy();
  });

  it('refuses record lists spanning too many ward-months', async () => {
    const { status, problem } = await fetchProblem(`/patrols?from=${big.months[0]}`, BIG);
    expect(status).toBe(400);
    expect(problem.detail).toMatch(/too broad/);
    // The machine-readable code the dashboard translates and answers with a narrowing.
    expect(problem.code).toBe(QUERY_TOO_BROAD);
    expect((await fetch(`${BIG}/patrols?areaId=p01&from=${big.months[0]}&pageSize=1`)).status).toBe(200);
  });

  it('accepts the edge values', async () => {
    const res = await fetch(`${API}/groups?page=1&pageSize=500&sort=-id`);
    expect(res.status).toBe(200);
  });
});

describe('unknown area → 404 problem', () => {
  it.each([
    '/groups',
    '/patrols',
    '/mediation-cases',
    '/stats/incidents',
    '/stats/patrols',
    '/stats/mediation',
    '/stats/groups',
  ])('%s', async (path) => {
    const { status, contentType, problem } = await fetchProblem(`${path}?areaId=p99x`);
    expect(status).toBe(404);
    expect(contentType).toBe('application/problem+json');
    expect(problem.title).toBe('Area not found');
    expect(problem.detail).toContain('p99x');
  });

  it('answers unknown API routes and methods with problems too', async () => {
    expect((await fetchProblem('/incidents')).status).toBe(404);
    const res = await fetch(`${API}/groups`, { method: 'POST', body: '{}' });
    expect(res.status).toBe(405);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
  });
});

describe('failure injection', () => {
  it('failPaths answer 500 Injected failure; other paths still work', async () => {
    for (const path of ['/stats/incidents', '/groups']) {
      const { status, contentType, problem } = await fetchProblem(path, BROKEN);
      expect(status).toBe(500);
      expect(contentType).toBe('application/problem+json');
      expect(problem).toEqual({ title: 'Internal Server Error', status: 500, detail: 'Injected failure' });
    }
    expect((await fetch(`${BROKEN}/stats/patrols`)).status).toBe(200);
  });

  it('failTimes lets each failing path recover after that many failures', async () => {
    const statuses = [];
    for (let i = 0; i < 3; i++)
      statuses.push((await fetch(`${FLAKY}/stats/incidents?from=2025-0${i + 1}`)).status);
    expect(statuses).toEqual([500, 500, 200]);
    expect((await fetch(`${FLAKY}/stats/patrols`)).status).toBe(500);
  });

  const single = new Set<string>(['/meta', '/me']);
  it.each(paths.filter((p) => !single.has(p)))(
    'corruptPaths make %s schema-invalid, naming a field of the first item',
    async (path) => {
      const res = await fetch(`${CORRUPT}${path}`);
      expect(res.status).toBe(200);
      const parsed = responseSchemas[path].safeParse(await res.json());
      expect(parsed.success).toBe(false);
      const list = path === '/areas/geometry' ? 'features' : 'items';
      expect(parsed.error?.issues[0]?.path.slice(0, 2)).toEqual([list, 0]);
      expect(parsed.error?.issues[0]?.path).toHaveLength(3);
    },
  );

  it.each([...single])('corruptPaths make %s schema-invalid, naming one of its fields', async (path) => {
    const res = await fetch(`${CORRUPT}${path}`);
    expect(res.status).toBe(200);
    const parsed = responseSchemas[path as '/meta' | '/me'].safeParse(await res.json());
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues).toHaveLength(1);
    expect(parsed.error?.issues[0]?.path).toHaveLength(1);
  });

  it('latencyMs holds each response back until that much time has passed', async () => {
    // On a fake clock, so the check depends on the handler's delay only, never on the machine.
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      let answered = false;
      const answer = fetch(`${SLOW}/areas`).then((res) => {
        answered = true;
        return res;
      });
      await vi.advanceTimersByTimeAsync(59);
      expect(answered).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect((await answer).status).toBe(200);
    } finally {
      vi.useRealTimers();
    }
  });
});
