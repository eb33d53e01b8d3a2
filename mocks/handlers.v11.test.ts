// v1.1 endpoints of the mock (/meta, /me, /stats/reporting), unreported ward-months, lagging data
// and the v1-only switch.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  groupsPageSchema,
  incidentStatsResponseSchema,
  mediationCasesPageSchema,
  mediationStatsResponseSchema,
  meSchema,
  metaSchema,
  patrolsPageSchema,
  patrolStatsResponseSchema,
  reportingStatsResponseSchema,
} from '../src/api/schemas';
import { foldText } from './api/query';
import { generateDataset } from './generator';
import { addMonths } from './generator/dates';
import { createHandlers } from './handlers';
import { createMockServer } from './node';
import { scenarioDataset } from './scenario';
import { fetchAll, fetchJson, fetchProblem } from './test-helpers';

const ds = generateDataset({ shape: 'with-districts' });
const district = ds.areas.find((a) => a.level === 'district');
if (!district) throw new Error('the default tree has districts');
const districtIndex = ds.tree.indexById.get(district.id) ?? -1;
const districtWards = ds.wards.slice(ds.tree.wardStart[districtIndex], ds.tree.wardEnd[districtIndex]);
const [wardA, wardB] = districtWards;
if (!wardA || !wardB) throw new Error('the district has two wards');
const unreported = [
  { wardId: wardA.area.id, month: ds.asOf },
  { wardId: wardB.area.id, month: ds.asOf },
  { wardId: wardA.area.id, month: addMonths(ds.asOf, -1) },
];
const gaps = generateDataset({ unreported, shape: 'with-districts' });
const lagging = generateDataset(
  scenarioDataset({
    seed: ds.seed,
    asOf: ds.asOf,
    shape: 'with-districts',
    size: 'province',
    lagMonths: 2,
    unreported: [],
  }),
);

const GAPS = 'http://gaps.test/api/v1';
const LAG = 'http://lag.test/api/v1';
const V1 = 'http://v1.test/api/v1';
const server = createMockServer({ dataset: ds });
beforeAll(() => {
  server.use(
    ...createHandlers(gaps, { baseUrl: GAPS }),
    ...createHandlers(lagging, { baseUrl: LAG }),
    ...createHandlers(ds, { baseUrl: V1, apiVersion: '1' }),
  );
  server.listen({ onUnhandledFrame: 'error' });
});
afterAll(() => server.close());

describe('/meta', () => {
  it('gives the data range, a reproducible generatedAt and demo: true', async () => {
    const meta = await fetchJson('/meta', metaSchema);
    expect(meta).toEqual({
      apiVersion: '1.1',
      dataFrom: ds.months[0],
      dataTo: ds.asOf,
      generatedAt: `${addMonths(ds.asOf, 1)}-05T06:00:00Z`,
      name: `Demo: ${ds.root.name}`,
      demo: true,
    });
    expect(await fetchJson('/meta', metaSchema)).toEqual(meta);
  });

  it('lagMonths: dataTo (and the data) end that many months before the as-of month', async () => {
    const meta = await fetchJson('/meta', metaSchema, LAG);
    expect(meta.dataTo).toBe(addMonths(ds.asOf, -2));
    expect(lagging.months.at(-1)).toBe(meta.dataTo);
    expect(meta.dataFrom).toBe(lagging.months[0]);
    const { items } = await fetchJson(`/stats/reporting?to=${ds.asOf}`, reportingStatsResponseSchema, LAG);
    expect(items.map((r) => r.month).at(-1)).toBe(meta.dataTo);
  });
});

describe('/me', () => {
  it('is the demo viewer of the whole tree', async () => {
    expect(await fetchJson('/me', meSchema)).toEqual({
      subject: 'demo',
      name: null,
      areaId: ds.root.id,
      roles: ['viewer'],
    });
  });
});

describe('/stats/reporting', () => {
  it('by default: every ward reports every month of the last 12', async () => {
    const { items } = await fetchJson('/stats/reporting', reportingStatsResponseSchema);
    expect(items.map((r) => r.month)).toEqual(ds.months.slice(-12));
    for (const r of items)
      expect(r).toMatchObject({ areaId: ds.root.id, wards: ds.wards.length, reported: ds.wards.length });
  });

  it('counts unreported ward-months at every level', async () => {
    const q = `from=${addMonths(ds.asOf, -2)}&to=${ds.asOf}`;
    const root = await fetchJson(`/stats/reporting?${q}`, reportingStatsResponseSchema, GAPS);
    expect(root.items.map((r) => [r.month, r.wards - r.reported])).toEqual([
      [addMonths(ds.asOf, -2), 0],
      [addMonths(ds.asOf, -1), 1],
      [ds.asOf, 2],
    ]);
    const byDistrict = await fetchJson(
      `/stats/reporting?${q}&level=district`,
      reportingStatsResponseSchema,
      GAPS,
    );
    const mine = byDistrict.items.filter((r) => r.areaId === district.id);
    expect(mine.map((r) => [r.wards, r.reported])).toEqual([
      [districtWards.length, districtWards.length],
      [districtWards.length, districtWards.length - 1],
      [districtWards.length, districtWards.length - 2],
    ]);
    expect(byDistrict.items.filter((r) => r.reported < r.wards).every((r) => r.areaId === district.id)).toBe(
      true,
    );
    const ward = await fetchJson(
      `/stats/reporting?areaId=${wardA.area.id}&${q}`,
      reportingStatsResponseSchema,
      GAPS,
    );
    expect(ward.items.map((r) => r.reported)).toEqual([1, 0, 0]);
  });

  it('an unreported ward-month has no incident rows; other ward-months are unchanged', async () => {
    const q = `areaId=${district.id}&level=ward&from=${addMonths(ds.asOf, -1)}&to=${ds.asOf}`;
    const full = await fetchJson(`/stats/incidents?${q}`, incidentStatsResponseSchema);
    const gapped = await fetchJson(`/stats/incidents?${q}`, incidentStatsResponseSchema, GAPS);
    const key = (r: { areaId: string; month: string }) => `${r.areaId}|${r.month}`;
    const missing = new Set(unreported.map((u) => `${u.wardId}|${u.month}`));
    expect(full.items.filter((r) => missing.has(key(r))).length).toBe(missing.size);
    expect(gapped.items).toEqual(full.items.filter((r) => !missing.has(key(r))));
    const m = gaps.monthIndex(ds.asOf);
    expect(gaps.wardMonthly(wardA.index).incidentTotal[m]).toBe(0);
    expect(gaps.wardMonthly(wardA.index).patrols[m]).toBe(ds.wardMonthly(wardA.index).patrols[m]);
  });

  it('an unknown ward in `unreported` is a setup error', () => {
    expect(() => generateDataset({ unreported: [{ wardId: 'nope', month: ds.asOf }] })).toThrow(/nope/);
  });

  it('validates its parameters like the other stats endpoints', async () => {
    expect((await fetchProblem('/stats/reporting?areaId=nope')).status).toBe(404);
    expect((await fetchProblem('/stats/reporting?from=2025-05&to=2025-01')).status).toBe(400);
    expect((await fetchProblem(`/stats/reporting?areaId=${wardA.area.id}&level=district`)).status).toBe(400);
  });
});

describe('groupName on patrols and mediation cases', () => {
  it("is the name of the row's group", async () => {
    const q = `areaId=${district.id}&from=${addMonths(ds.asOf, -2)}&pageSize=200`;
    const groups = new Map(
      (await fetchAll(`/groups?areaId=${district.id}`, groupsPageSchema)).map((g) => [g.id, g.name]),
    );
    const patrols = (await fetchJson(`/patrols?${q}`, patrolsPageSchema)).items;
    const cases = (await fetchJson(`/mediation-cases?${q}`, mediationCasesPageSchema)).items;
    expect(patrols.length).toBeGreaterThan(0);
    expect(cases.length).toBeGreaterThan(0);
    for (const row of [...patrols, ...cases]) {
      expect(row.groupName, row.id).toBe(groups.get(row.groupId));
      expect(typeof row.groupName).toBe('string');
    }
  });

  it('sorts like the other text fields', async () => {
    const { items } = await fetchJson(
      `/patrols?areaId=${district.id}&sort=groupName&pageSize=100`,
      patrolsPageSchema,
    );
    const folded = items.map((p) => foldText(p.groupName ?? ''));
    expect(folded).toEqual([...folded].sort());
  });
});

describe('/groups?ids=', () => {
  const ids = [ds.wards[3], ds.wards[90], ds.wards[150]].flatMap((w) =>
    ds
      .wardGroups(w?.index ?? 0)
      .slice(0, 2)
      .map((g) => g.id),
  );

  it('answers exactly the named groups (unknown ids left out), filters and paging as usual', async () => {
    const page = await fetchJson(`/groups?ids=${[...ids, 'nope', ids[0]].join(',')}`, groupsPageSchema);
    expect(page.items.map((g) => g.id).sort()).toEqual([...ids].sort());
    expect(page.total).toBe(ids.length);
    for (const g of page.items) expect(g).toEqual(ds.group(g.id));
    const inArea = await fetchJson(
      `/groups?ids=${ids.join(',')}&areaId=${ds.wards[90]?.area.id}`,
      groupsPageSchema,
    );
    expect(inArea.items.map((g) => g.id)).toEqual(ids.slice(2, 4));
    const paged = await fetchJson(`/groups?ids=${ids.join(',')}&pageSize=4&page=2`, groupsPageSchema);
    expect(paged.items).toHaveLength(2);
  });

  it('takes up to 500 ids; more, or an empty one, is a 400 problem', async () => {
    const many = ds
      .groups()
      .slice(0, 501)
      .map((g) => g.id);
    const ok = await fetchJson(`/groups?ids=${many.slice(0, 500).join(',')}&pageSize=500`, groupsPageSchema);
    expect(ok.total).toBe(500);
    const tooMany = await fetchProblem(`/groups?ids=${many.join(',')}`);
    expect(tooMany.status).toBe(400);
    expect(tooMany.problem.detail).toMatch(/500/);
    expect((await fetchProblem(`/groups?ids=${ids[0]},,${ids[1]}`)).status).toBe(400);
  });
});

describe("apiVersion '1'", () => {
  it.each(['/meta', '/me', '/stats/reporting'])('%s answers a 404 problem', async (path) => {
    const { status, contentType } = await fetchProblem(path, V1);
    expect(status).toBe(404);
    expect(contentType).toMatch(/^application\/problem\+json/);
  });

  it('rows carry none of the v1.1 fields', async () => {
    const q = `areaId=${district.id}&from=${addMonths(ds.asOf, -2)}`;
    const mediation = await fetchJson(`/stats/mediation?${q}`, mediationStatsResponseSchema, V1);
    const patrols = await fetchJson(`/stats/patrols?${q}`, patrolStatsResponseSchema, V1);
    const list = await fetchJson(`/patrols?${q}`, patrolsPageSchema, V1);
    const cases = await fetchJson(`/mediation-cases?${q}`, mediationCasesPageSchema, V1);
    expect(
      mediation.items.length * patrols.items.length * list.items.length * cases.items.length,
    ).toBeGreaterThan(0);
    for (const r of mediation.items) expect(r).not.toHaveProperty('byCategory');
    for (const r of patrols.items) {
      expect(r).not.toHaveProperty('dayPatrols');
      expect(r).not.toHaveProperty('nightPatrols');
    }
    for (const r of [...list.items, ...cases.items]) expect(r).not.toHaveProperty('groupName');
    const full = await fetchJson(`/stats/mediation?${q}`, mediationStatsResponseSchema);
    expect(mediation.items).toEqual(full.items.map((r) => ({ ...r, byCategory: undefined })));
  });

  it('/groups ignores ids', async () => {
    const id = ds.wardGroups(0)[0]?.id ?? '';
    const v1 = await fetchJson(`/groups?ids=${id}&pageSize=1`, groupsPageSchema, V1);
    expect(v1.total).toBe(ds.groups().length);
  });

  it('answers the v1 endpoints as before', async () => {
    const q = `from=${ds.months[0]}&level=district`;
    expect(await fetchJson(`/stats/incidents?${q}`, incidentStatsResponseSchema, V1)).toEqual(
      await fetchJson(`/stats/incidents?${q}`, incidentStatsResponseSchema),
    );
  });
});
