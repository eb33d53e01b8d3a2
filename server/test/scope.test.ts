// A caller scoped to one district (request.caller.areaId, as the auth hook sets it from the token)
// sees that subtree and nothing else, on every endpoint: other areas are a 403, defaults start at
// the district, and no row or figure comes from outside it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../../mocks/generator';
import { problemSchema, responseSchemas, type ApiPath } from '../../src/api/schemas';
import type { Db } from '../src/db/db';
import { must } from './support/expect';
import { seededTestDb, TEST_DATA } from './support/db';
import { ANONYMOUS, serverTarget, type Target } from './support/targets';

const ds = generateDataset(TEST_DATA);
const districts = ds.areas.filter((a) => a.level === 'district');
const mine = must(districts[1]);
const other = must(districts[4]);
const subtree = ds.areas.filter((a) => a.id.startsWith(mine.id));
const myWards = subtree.filter((a) => a.level === 'ward').map((a) => a.id);
const otherGroups = ds.wardGroups(ds.wardIndex(must(ds.areas.find((a) => a.parentId === other.id)).id));

const AREA_PATHS: ApiPath[] = [
  '/stats/incidents',
  '/stats/patrols',
  '/stats/mediation',
  '/stats/reporting',
  '/stats/groups',
  '/groups',
  '/patrols',
  '/mediation-cases',
];

let db: Db | undefined;
let scoped: Target;
let everyone: Target;
let stranger: Target;

beforeAll(async () => {
  db = await seededTestDb();
  scoped = await serverTarget(db, {
    subject: 'officer',
    name: 'Nguyễn Văn An',
    areaId: mine.id,
    roles: ['viewer'],
  });
  everyone = await serverTarget(db, ANONYMOUS);
  stranger = await serverTarget(db, { subject: 'x', name: null, areaId: 'nowhere', roles: ['viewer'] });
});
afterAll(async () => {
  await Promise.all([scoped, everyone, stranger].map((t) => t?.close()));
  await db?.close();
});

async function body(target: Target, path: string): Promise<unknown> {
  const answer = await target.request(path);
  expect(answer.status, `${path}: ${JSON.stringify(answer.body)}`).toBe(200);
  return responseSchemas[path.split('?')[0] as ApiPath].parse(answer.body);
}

async function forbidden(target: Target, path: string): Promise<void> {
  const answer = await target.request(path);
  expect(answer.status, path).toBe(403);
  expect(answer.contentType).toMatch(/^application\/problem\+json/);
  expect(problemSchema.parse(answer.body).status).toBe(403);
}

describe('a district-scoped caller', () => {
  it('/me and /areas answer the district as the root of the tree', async () => {
    expect(await body(scoped, '/me')).toMatchObject({ subject: 'officer', areaId: mine.id });
    const { items } = responseSchemas['/areas'].parse(await body(scoped, '/areas'));
    expect(items.map((a) => a.id)).toEqual(subtree.map((a) => a.id));
    expect(items.filter((a) => a.parentId === null).map((a) => a.id)).toEqual([mine.id]);
    expect(await body(scoped, '/meta')).toEqual(await body(everyone, '/meta'));
  });

  it.each(AREA_PATHS)('%s: other areas and ancestors are 403, own areas answer', async (path) => {
    await forbidden(scoped, `${path}?areaId=${other.id}`);
    await forbidden(scoped, `${path}?areaId=${ds.root.id}`);
    await forbidden(scoped, `${path}?areaId=${mine.parentId}`);
    await forbidden(scoped, `${path}?areaId=${must(ds.areas.find((a) => a.parentId === other.id)).id}`);
    await body(scoped, `${path}?areaId=${myWards[0]}`);
  });

  it.each(AREA_PATHS)('%s: without areaId answers exactly the district', async (path) => {
    const query = path.startsWith('/stats')
      ? '?level=ward&from=2024-01&to=2026-10'
      : '?pageSize=500&from=2026-10';
    const answer = await body(scoped, `${path}${query}`);
    expect(answer).toEqual(await body(everyone, `${path}${query}&areaId=${mine.id}`));
    const rows = (answer as { items: Array<{ areaId?: string; wardId?: string }> }).items;
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(myWards).toContain(row.areaId ?? row.wardId);
  });

  it('cannot reach other districts through ids, groupId or a level above its root', async () => {
    const ids = otherGroups.slice(0, 5).map((g) => g.id);
    expect(await body(scoped, `/groups?ids=${ids.join(',')}`)).toMatchObject({ items: [], total: 0 });
    expect((await body(everyone, `/groups?ids=${ids.join(',')}`)) as { total: number }).toMatchObject({
      total: 5,
    });
    const group = must(otherGroups.find((g) => g.type === 'security_order'));
    const q = `?groupId=${group.id}&from=${ds.dataFrom}&to=${ds.asOf}`;
    expect(await body(scoped, `/patrols${q}`)).toMatchObject({ items: [], total: 0 });
    expect(((await body(everyone, `/patrols${q}`)) as { total: number }).total).toBeGreaterThan(0);
    const above = await scoped.request('/stats/incidents?level=province');
    expect(above.status).toBe(400);
  });

  it('a caller whose area is not in the tree sees nothing', async () => {
    for (const path of ['/me', '/areas', ...AREA_PATHS]) await forbidden(stranger, path);
  });
});
