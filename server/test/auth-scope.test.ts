// From token to answer: a district account signs in at the real OpenID Connect provider, and the
// server (auth hook + the API's routes on a seeded PGlite database) answers it its district only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { generateDataset } from '../../mocks/generator';
import { accountRootId, AUDIENCE, authUrls } from '../../e2e/support/auth-accounts';
import { startTestProvider, type TestProvider } from '../../e2e/support/oidc-test-provider';
import { buildApp } from '../src/http-app';
import type { Db } from '../src/db/db';
import { migrate } from '../src/db/migrate';
import { openDb } from '../src/db/open';
import { seed } from '../src/seed/seed';
import { signIn } from './support/oidc-login';

const APP_PORT = Number(process.env.E2E_PORT ?? 4173) + 58;
const SIZE = { provinces: 2, districtsPerProvince: 2, wardsPerDistrict: 2 };
const ds = generateDataset({ seed: 7, asOf: '2026-10', size: SIZE, shape: 'with-districts' });
const districtId = accountRootId('district-viewer', ds.areas);
const outside = ds.areas.find(
  (a) => a.level === 'province' && a.id !== ds.areas.find((d) => d.id === districtId)?.parentId,
);

let provider: TestProvider;
let db: Db;
let app: FastifyInstance;
let token: string;

beforeAll(async () => {
  provider = await startTestProvider(APP_PORT, { areaOf: (kind) => accountRootId(kind, ds.areas) });
  db = await openDb('pglite:memory');
  await migrate(db);
  await seed(db, { seed: 7, asOf: '2026-10', size: SIZE, shape: 'with-districts' });
  app = await buildApp({
    db,
    auth: {
      issuer: authUrls(APP_PORT).issuer,
      audience: AUDIENCE,
      areaClaim: 'area',
      rolesClaim: 'roles',
      clientId: null,
      scope: null,
    },
  });
  token = await signIn(APP_PORT, 'district-viewer+scope');
});
afterAll(async () => {
  await app?.close();
  await db?.close();
  await provider?.close();
});

const get = (url: string) => app.inject({ url, headers: { authorization: `Bearer ${token}` } });

describe('a district account, by its token', () => {
  it('is itself on /me and sees its district as the root of /areas', async () => {
    expect((await get('/api/v1/me')).json()).toMatchObject({
      subject: 'district-viewer+scope',
      areaId: districtId,
    });
    const { items } = (await get('/api/v1/areas')).json<{
      items: { id: string; parentId: string | null }[];
    }>();
    expect(items.filter((a) => a.parentId === null).map((a) => a.id)).toEqual([districtId]);
    expect(items.length).toBe(1 + SIZE.wardsPerDistrict);
  });

  it('is refused an area outside its district on every endpoint that takes one', async () => {
    if (!outside) throw new Error('no province outside the district');
    const q = `areaId=${outside.id}&from=2025-11&to=2026-10`;
    for (const path of [
      '/stats/incidents',
      '/stats/patrols',
      '/stats/mediation',
      '/stats/reporting',
      '/stats/groups',
      '/patrols',
      '/mediation-cases',
      '/groups',
    ]) {
      const res = await get(`/api/v1${path}?${q}`);
      expect(res.statusCode, path).toBe(403);
      expect(res.headers['content-type'], path).toMatch(/^application\/problem\+json/);
    }
  });

  it('is answered for its own district', async () => {
    const res = await get(`/api/v1/stats/incidents?areaId=${districtId}&from=2025-11&to=2026-10`);
    expect(res.statusCode).toBe(200);
  });
});
