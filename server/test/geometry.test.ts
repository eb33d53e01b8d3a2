// GET /areas/geometry on the server: the boundaries seeded from the generator, exactly what the
// browser mock serves, scoped to what the caller may see.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../../mocks/generator';
import { responseSchemas } from '../../src/api/schemas';
import type { Db } from '../src/db/db';
import { must } from './support/expect';
import { seededTestDb, TEST_DATA } from './support/db';
import { ANONYMOUS, mockTarget, serverTarget, type Target } from './support/targets';

const ds = generateDataset(TEST_DATA);
const district = must(ds.areas.find((a) => a.level === 'district'));
const other = must(ds.areas.filter((a) => a.level === 'district')[2]);

let db: Db | undefined;
let server: Target;
let scoped: Target;
const mock = mockTarget(ds);

beforeAll(async () => {
  db = await seededTestDb();
  server = await serverTarget(db, ANONYMOUS);
  scoped = await serverTarget(db, { subject: 'o', name: null, areaId: district.id, roles: ['viewer'] });
});
afterAll(async () => {
  await Promise.all([server, scoped, mock].map((t) => t?.close()));
  await db?.close();
});

async function features(target: Target, query: string) {
  const answer = await target.request(`/areas/geometry${query}`);
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return responseSchemas['/areas/geometry'].parse(answer.body).features;
}

describe('/areas/geometry', () => {
  it.each(['', `?areaId=${district.id}`, '?level=ward', `?areaId=${district.id}&level=district`])(
    'answers%s as the mock does',
    async (query) => {
      const fromServer = await features(server, query);
      expect(fromServer.length).toBeGreaterThan(0);
      expect(fromServer).toEqual(await features(mock, query));
    },
  );

  it('defaults to one level below the area', async () => {
    const ids = (await features(server, `?areaId=${district.id}`)).map((f) => f.id);
    expect(ids).toEqual(ds.areas.filter((a) => a.parentId === district.id).map((a) => a.id));
  });

  it('answers a scoped caller its own subtree only', async () => {
    expect((await features(scoped, '')).map((f) => f.id)).toEqual(
      (await features(server, `?areaId=${district.id}`)).map((f) => f.id),
    );
    expect((await scoped.request(`/areas/geometry?areaId=${other.id}`)).status).toBe(403);
    expect((await scoped.request('/areas/geometry?level=province')).status).toBe(400);
  });
});
