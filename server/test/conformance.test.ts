// The contract's behaviour, written once and run against both implementations: the browser mock
// (mocks/handlers.ts) and the server (routes on a seeded PGlite, or PostgreSQL with
// ANTT_TEST_DATABASE_URL). Expected figures come from the generator, never from literals.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { generateDataset } from '../../mocks/generator';
import { problemSchema, responseSchemas, type ApiPath } from '../../src/api/schemas';
import type { Db } from '../src/db/db';
import { seededTestDb, TEST_DATA } from './support/db';
import { compareItems, monthlySum, monthRange, must, wardsOf } from './support/expect';
import { mockTarget, serverTarget, type Target } from './support/targets';

const ds = generateDataset(TEST_DATA);
const province = must(ds.areas.find((a) => a.level === 'province' && a.id !== ds.root.id));
const district = must(ds.areas.find((a) => a.level === 'district' && a.parentId === province.id));
const ward = must(ds.areas.find((a) => a.level === 'ward' && a.parentId === district.id));
const LAST12 = monthRange(ds, must(ds.months.at(-12)), ds.asOf);

const STATS = [
  '/stats/incidents',
  '/stats/patrols',
  '/stats/mediation',
  '/stats/reporting',
  '/stats/groups',
] as const;
const LISTS = { '/groups': 'id', '/patrols': '-date', '/mediation-cases': '-receivedOn' } as const;
const SORTS: Record<keyof typeof LISTS, string[]> = {
  '/groups': [
    'id',
    'name',
    'type',
    'wardId',
    'residentialArea',
    'establishedOn',
    'members',
    'leader',
    'status',
    'recognition',
  ],
  '/patrols': [
    'id',
    'groupId',
    'groupName',
    'wardId',
    'date',
    'shift',
    'durationMinutes',
    'participants',
    'findings',
    'note',
  ],
  '/mediation-cases': [
    'id',
    'wardId',
    'groupId',
    'groupName',
    'category',
    'receivedOn',
    'closedOn',
    'outcome',
  ],
};

let db: Db | undefined;
const targets: Record<string, Target> = {};

beforeAll(async () => {
  targets.mock = mockTarget(ds);
  db = await seededTestDb();
  targets.server = await serverTarget(db);
});
afterAll(async () => {
  await Promise.all(Object.values(targets).map((t) => t.close()));
  await db?.close();
});

describe.each(['mock', 'server'])('contract v1.1 on the %s', (name) => {
  const target = () => must(targets[name]);
  async function get<P extends ApiPath>(path: P, query = ''): Promise<z.infer<(typeof responseSchemas)[P]>> {
    const answer = await target().request(`${path}${query}`);
    expect(answer.status, `${path}${query}: ${JSON.stringify(answer.body)}`).toBe(200);
    expect(answer.contentType).toMatch(/^application\/json/);
    return responseSchemas[path].parse(answer.body) as z.infer<(typeof responseSchemas)[P]>;
  }
  async function problem(path: string, status: number): Promise<void> {
    const answer = await target().request(path);
    expect(answer.status, path).toBe(status);
    expect(answer.contentType).toMatch(/^application\/problem\+json/);
    expect(problemSchema.parse(answer.body).status).toBe(status);
  }

  it('/meta names the generated range; /me the root; /areas the whole tree', async () => {
    const meta = await get('/meta');
    expect(meta).toMatchObject({ apiVersion: '1.1', dataFrom: ds.dataFrom, dataTo: ds.asOf, demo: true });
    expect((await get('/me')).areaId).toBe(ds.root.id);
    const areas = await get('/areas');
    expect(areas.items.map((a) => a.id).sort()).toEqual(ds.areas.map((a) => a.id).sort());
    expect(areas.items.filter((a) => a.parentId === null).map((a) => a.id)).toEqual([ds.root.id]);
  });

  it('stats default to the root and the 12 months ending at dataTo, one row per month', async () => {
    for (const path of ['/stats/patrols', '/stats/mediation', '/stats/reporting'] as const) {
      const { items } = await get(path);
      expect(items.map((r) => r.areaId)).toEqual(Array(12).fill(ds.root.id));
      expect(items.map((r) => r.month)).toEqual(LAST12.map((m) => ds.months[m]));
    }
  });

  it('stats figures are the generator sums of the wards below', async () => {
    const { items } = await get('/stats/patrols', `?areaId=${district.id}&level=district`);
    const total = items.reduce((s, r) => s + r.patrols, 0);
    expect(total).toBe(monthlySum(ds, district.id, LAST12, (w, m) => ds.wardMonthly(w).patrols[m] ?? 0));
    const night = items.reduce((s, r) => s + (r.nightPatrols ?? 0), 0);
    expect(night).toBe(monthlySum(ds, district.id, LAST12, (w, m) => ds.wardMonthly(w).nightPatrols[m] ?? 0));
    const incidents = await get(
      '/stats/incidents',
      `?areaId=${province.id}&from=${ds.dataFrom}&to=${ds.asOf}`,
    );
    const all = ds.months.map((_, m) => m);
    expect(incidents.items.reduce((s, r) => s + r.total, 0)).toBe(
      monthlySum(ds, province.id, all, (w, m) => ds.wardMonthly(w).incidentTotal[m] ?? 0),
    );
    const groups = await get('/stats/groups', `?areaId=${ward.id}`);
    const wardGroups = ds.wardGroups(must(wardsOf(ds, ward.id)[0]));
    expect(groups.items).toHaveLength(1);
    expect(must(groups.items[0]).activeGroups).toBe(wardGroups.filter((g) => g.status === 'active').length);
    expect(must(groups.items[0]).inactiveGroups).toBe(wardGroups.filter((g) => g.status !== 'active').length);
  });

  it('level gives one row per descendant at that level; above the area is a 400', async () => {
    for (const path of STATS) {
      const { items } = await get(path, `?areaId=${province.id}&level=ward&from=${ds.asOf}&to=${ds.asOf}`);
      const ids = new Set(items.map((r: { areaId: string }) => r.areaId));
      const expected = ds.areas
        .filter((a) => a.level === 'ward' && a.id.startsWith(province.id))
        .map((a) => a.id);
      if (path === '/stats/incidents') expect([...ids].every((id) => expected.includes(id))).toBe(true);
      else expect([...ids].sort()).toEqual(expected.sort());
      await problem(`${path}?areaId=${district.id}&level=province`, 400);
    }
  });

  it('answers problems for bad parameters and unknown areas', async () => {
    for (const path of [...STATS, ...Object.keys(LISTS)]) {
      await problem(`${path}?areaId=nope`, 404);
      // Lists take no level: like any parameter the contract does not list there, it is ignored.
      if (path.startsWith('/stats')) await problem(`${path}?level=town`, 400);
      else expect((await target().request(`${path}?level=town`)).status).toBe(200);
      await problem(`${path}?areaId=${ward.id}&areaId=${ward.id}`, 400);
    }
    for (const path of ['/stats/incidents', '/patrols', '/mediation-cases']) {
      await problem(`${path}?from=2026-13`, 400);
      await problem(`${path}?from=2026-05&to=2026-04`, 400);
    }
    for (const path of Object.keys(LISTS)) {
      await problem(`${path}?pageSize=0`, 400);
      await problem(`${path}?pageSize=501`, 400);
      await problem(`${path}?page=0`, 400);
      await problem(`${path}?page=x`, 400);
      await problem(`${path}?sort=nope`, 400);
    }
    await problem('/groups?type=nope', 400);
    await problem('/groups?recognition=provincial,', 400);
    await problem('/patrols?shift=dusk', 400);
    await problem('/mediation-cases?outcome=won', 400);
    await problem('/nope', 404);
    expect((await target().request('/stats/incidents', 'POST')).status).toBe(405);
  });

  it('an empty parameter counts as absent', async () => {
    expect(await get('/stats/incidents', '?areaId=&level=&from=')).toEqual(await get('/stats/incidents'));
    expect(await get('/patrols', '?sort=&page=&shift=')).toEqual(await get('/patrols'));
  });

  it.each(Object.entries(SORTS))('%s sorts on every field both ways, ties by id', async (path, fields) => {
    const base = `?areaId=${district.id}&from=${ds.asOf}&to=${ds.asOf}&pageSize=500`;
    for (const field of fields) {
      for (const sort of [field, `-${field}`]) {
        const { items } = await get(path as keyof typeof LISTS, `${base}&sort=${sort}`);
        expect(items.length).toBeGreaterThan(1);
        const sorted = [...items].sort(compareItems(field, sort.startsWith('-')));
        expect(
          items.map((i) => i.id),
          `${path} sort=${sort}`,
        ).toEqual(sorted.map((i) => i.id));
      }
    }
  });

  it('pages partition the list; total counts every match; past the end is empty', async () => {
    const query = `?areaId=${district.id}&from=${ds.asOf}&to=${ds.asOf}&pageSize=7`;
    const first = await get('/patrols', query);
    const expected = monthlySum(
      ds,
      district.id,
      [ds.months.length - 1],
      (w, m) => ds.wardMonthly(w).patrols[m] ?? 0,
    );
    expect(first.total).toBe(expected);
    const seen = new Set<string>();
    for (let page = 1; page <= Math.ceil(expected / 7); page++) {
      const body = await get('/patrols', `${query}&page=${page}`);
      expect(body).toMatchObject({ page, pageSize: 7, total: expected });
      body.items.forEach((p) => seen.add(p.id));
    }
    expect(seen.size).toBe(expected);
    const past = await get('/patrols', `${query}&page=${Math.ceil(expected / 7) + 1}`);
    expect(past.items).toEqual([]);
    expect(past.total).toBe(expected);
    const far = await get('/patrols', `${query}&page=${Number.MAX_SAFE_INTEGER}`);
    expect(far).toMatchObject({ items: [], total: expected, page: Number.MAX_SAFE_INTEGER, pageSize: 7 });
    const farGroups = await get('/groups', `?page=${Number.MAX_SAFE_INTEGER}&pageSize=500`);
    expect(farGroups.items).toEqual([]);
  });

  it('register filters agree with the stats of the same area and months', async () => {
    const q = `?areaId=${province.id}&from=${ds.months.at(-3)}&to=${ds.asOf}`;
    const stats = await get('/stats/patrols', q);
    const night = await get('/patrols', `${q}&shift=night&pageSize=500`);
    expect(night.total).toBe(stats.items.reduce((s, r) => s + (r.nightPatrols ?? 0), 0));
    expect(night.items.every((p) => p.shift === 'night' && p.wardId.startsWith(province.id))).toBe(true);
    const mediation = await get('/stats/mediation', q);
    const land = await get('/mediation-cases', `${q}&category=land&outcome=resolved`);
    expect(land.total).toBe(mediation.items.reduce((s, r) => s + (r.byCategory?.land?.resolved ?? 0), 0));
    expect(land.items.every((c) => c.category === 'land' && c.outcome === 'resolved')).toBe(true);
    const group = must(night.items[0]);
    const ofGroup = await get('/patrols', `${q}&groupId=${group.groupId}&pageSize=500`);
    expect(ofGroup.items.every((p) => p.groupId === group.groupId)).toBe(true);
    expect(ofGroup.total).toBe(ofGroup.items.length);
    expect((await get('/patrols', `?groupId=nope`)).total).toBe(0);
  });

  it('/groups filters by type, status, recognition, folded text and ids', async () => {
    const inWard = ds.wardGroups(must(wardsOf(ds, ward.id)[0]));
    const q = `?areaId=${ward.id}&pageSize=500`;
    const active = await get('/groups', `${q}&status=active&type=security_order`);
    expect(active.total).toBe(
      inWard.filter((g) => g.status === 'active' && g.type === 'security_order').length,
    );
    const recognised = await get('/groups', `${q}&recognition=district,provincial,district`);
    expect(recognised.total).toBe(
      inWard.filter((g) => ['district', 'provincial'].includes(g.recognition)).length,
    );
    const sample = must(inWard[3]);
    const needle = must(sample.name.split(' – ')[1])
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toUpperCase();
    const found = await get('/groups', `${q}&q=${encodeURIComponent(`  ${needle} `)}`);
    expect(found.items.map((g) => g.id)).toContain(sample.id);
    const ids = [must(inWard[0]).id, must(inWard[5]).id, 'nope'];
    const byIds = await get('/groups', `?ids=${ids.join(',')}`);
    expect(byIds.items.map((g) => g.id).sort()).toEqual(ids.slice(0, 2).sort());
    await problem(`/groups?ids=${Array.from({ length: 501 }, (_, i) => `g${i}`).join(',')}`, 400);
    await problem('/groups?ids=a,,b', 400);
  });
});
