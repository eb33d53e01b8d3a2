import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  areasResponseSchema,
  groupsPageSchema,
  mediationCasesPageSchema,
  patrolsPageSchema,
  type Group,
} from '../src/api/schemas';
import { generateDataset } from './generator';
import { createMockServer } from './node';
import { fetchAll, fetchJson } from './test-helpers';

const ds = generateDataset({ shape: 'with-districts' });
const server = createMockServer({ dataset: ds });
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterAll(() => server.close());

const ward = ds.wards[3]?.area.id ?? '';
const district = ds.areas.find((a) => a.level === 'district')?.id ?? '';

describe('GET /areas', () => {
  it('returns the whole tree', async () => {
    const { items } = await fetchJson('/areas', areasResponseSchema);
    expect(items).toEqual(ds.areas);
    expect(items[0]).toMatchObject({ id: 'p01', parentId: null });
  });

  it('also answers on any origin (wildcard base URL)', async () => {
    const { items } = await fetchJson('/areas', areasResponseSchema, 'https://example.org/app/api/v1');
    expect(items).toHaveLength(ds.areas.length);
  });
});

describe('GET /groups', () => {
  it('pages with defaults (page 1, 50 per page, sorted by id)', async () => {
    const body = await fetchJson('/groups', groupsPageSchema);
    expect(body).toMatchObject({ page: 1, pageSize: 50, total: ds.groups().length });
    expect(body.items.map((g) => g.id)).toEqual(
      ds
        .groups()
        .slice(0, 50)
        .map((g) => g.id),
    );
  });

  it('gives stable, disjoint pages for a sort with ties (broken by id ascending)', async () => {
    const all = await fetchAll(`/groups?areaId=${district}&sort=-members`, groupsPageSchema);
    const expected = ds
      .groups()
      .filter((g) => g.wardId.startsWith(district))
      .sort((a, b) => b.members - a.members || (a.id < b.id ? -1 : 1));
    expect(all.map((g) => g.id)).toEqual(expected.map((g) => g.id));
    const p2 = await fetchJson(
      `/groups?areaId=${district}&sort=-members&page=2&pageSize=7`,
      groupsPageSchema,
    );
    expect(p2.items.map((g) => g.id)).toEqual(expected.slice(7, 14).map((g) => g.id));
    const beyond = await fetchJson(`/groups?areaId=${district}&page=999`, groupsPageSchema);
    expect(beyond.items).toEqual([]);
    expect(beyond.total).toBe(expected.length);
  });

  it('sorts names diacritic-insensitively', async () => {
    const { items } = await fetchJson(`/groups?areaId=${ward}&sort=name&pageSize=500`, groupsPageSchema);
    const names = items.map((g) => g.name);
    const folded = names.map((n) =>
      n
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/đ/gi, 'd')
        .toLowerCase(),
    );
    expect(folded).toEqual([...folded].sort());
  });

  it('filters by area, type and status', async () => {
    const all = await fetchAll(`/groups?areaId=${ward}&type=mediation&status=active`, groupsPageSchema);
    const expected = ds
      .groups()
      .filter((g) => g.wardId === ward && g.type === 'mediation' && g.status === 'active');
    expect(all).toEqual(expected);
    expect(all.length).toBeGreaterThan(0);
  });

  it('matches q ignoring case and Vietnamese diacritics', async () => {
    const hoaBinh = await fetchAll('/groups?q=hoa%20binh', groupsPageSchema);
    expect(hoaBinh.length).toBeGreaterThan(0);
    for (const g of hoaBinh) expect(g.name).toMatch(/hòa bình/i);
    expect(hoaBinh.length).toBe(ds.groups().filter((g) => /hòa bình/i.test(g.name)).length);
    const dong = await fetchAll('/groups?q=DONG', groupsPageSchema);
    expect(dong.some((g) => g.name.includes('Đông'))).toBe(true);
    const exact = await fetchAll(`/groups?q=${encodeURIComponent('Hòa Bình')}`, groupsPageSchema);
    expect(exact.map((g: Group) => g.id)).toEqual(hoaBinh.map((g) => g.id));
  });
});

describe('GET /groups?recognition', () => {
  it('keeps the groups recognised at one of the listed levels, combined with the other filters', async () => {
    const models = await fetchAll(
      `/groups?areaId=${district}&recognition=provincial,national`,
      groupsPageSchema,
    );
    const expected = ds
      .groups()
      .filter(
        (g) =>
          g.wardId.startsWith(district) && (g.recognition === 'provincial' || g.recognition === 'national'),
      );
    expect(models).toEqual(expected);
    expect(models.length).toBeGreaterThan(0);
    const national = await fetchJson(`/groups?recognition=national&pageSize=1`, groupsPageSchema);
    expect(national.total).toBe(ds.groups().filter((g) => g.recognition === 'national').length);
    const security = await fetchAll(
      `/groups?areaId=${district}&recognition=district&type=security_order&status=active`,
      groupsPageSchema,
    );
    expect(security).toEqual(
      ds
        .groups()
        .filter(
          (g) =>
            g.wardId.startsWith(district) &&
            g.recognition === 'district' &&
            g.type === 'security_order' &&
            g.status === 'active',
        ),
    );
  });

  it('accepts repeated values and sorts the filtered list like any other', async () => {
    const once = await fetchJson('/groups?recognition=provincial&pageSize=1', groupsPageSchema);
    const twice = await fetchJson('/groups?recognition=provincial,provincial&pageSize=1', groupsPageSchema);
    expect(twice.total).toBe(once.total);
    const { items } = await fetchJson(
      '/groups?recognition=national,provincial&sort=recognition&pageSize=500',
      groupsPageSchema,
    );
    const levels = items.map((g) => g.recognition);
    expect(levels).toEqual([...levels].sort());
    expect(new Set(levels)).toEqual(new Set(['national', 'provincial']));
  });

  it('treats an empty value as absent', async () => {
    const body = await fetchJson('/groups?recognition=&pageSize=1', groupsPageSchema);
    expect(body.total).toBe(ds.groups().length);
  });
});

describe('GET /patrols', () => {
  const month = ds.months.at(-2) ?? '';
  const w = ds.wardIndex(ward);
  const m = ds.monthIndex(month);

  it('lists one ward-month, newest first by default', async () => {
    const all = await fetchAll(`/patrols?areaId=${ward}&from=${month}&to=${month}`, patrolsPageSchema);
    expect(all.map((p) => p.id).sort()).toEqual(
      ds
        .patrols(w, m)
        .map((p) => p.id)
        .sort(),
    );
    const dates = all.map((p) => p.date);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('defaults to the 12 months ending at the as-of month', async () => {
    const body = await fetchJson(`/patrols?areaId=${ward}&sort=date&pageSize=1`, patrolsPageSchema);
    let total = 0;
    for (let k = ds.months.length - 12; k < ds.months.length; k++) total += ds.patrols(w, k).length;
    expect(body.total).toBe(total);
    expect(body.items[0]?.date.slice(0, 7)).toBe(ds.months.at(-12));
  });

  it('filters by shift and groupId', async () => {
    const night = await fetchAll(
      `/patrols?areaId=${ward}&from=${month}&to=${month}&shift=night`,
      patrolsPageSchema,
    );
    expect(night.every((p) => p.shift === 'night')).toBe(true);
    expect(night.length).toBe(ds.patrols(w, m).filter((p) => p.shift === 'night').length);
    const groupId = ds.patrols(w, m)[0]?.groupId ?? '';
    const byGroup = await fetchAll(`/patrols?groupId=${groupId}&from=${ds.months[0]}`, patrolsPageSchema);
    expect(byGroup.length).toBeGreaterThan(0);
    expect(byGroup.every((p) => p.groupId === groupId)).toBe(true);
    const elsewhere = await fetchJson(
      `/patrols?groupId=${groupId}&areaId=${ds.wards[100]?.area.id}`,
      patrolsPageSchema,
    );
    expect(elsewhere.total).toBe(0);
  });
});

describe('GET /mediation-cases', () => {
  it('filters by receivedOn month, category and outcome', async () => {
    const from = ds.months.at(-3) ?? '';
    const all = await fetchAll(`/mediation-cases?areaId=${district}&from=${from}`, mediationCasesPageSchema);
    expect(all.length).toBeGreaterThan(0);
    expect(all.every((c) => c.receivedOn >= `${from}-01` && c.wardId.startsWith(district))).toBe(true);
    const dates = all.map((c) => c.receivedOn);
    expect(dates).toEqual([...dates].sort().reverse());
    const pending = await fetchAll(
      `/mediation-cases?areaId=${district}&from=${from}&outcome=pending`,
      mediationCasesPageSchema,
    );
    expect(pending.length).toBe(all.filter((c) => c.outcome === 'pending').length);
    expect(pending.every((c) => c.closedOn === null)).toBe(true);
    const land = await fetchAll(
      `/mediation-cases?areaId=${district}&from=${from}&category=land`,
      mediationCasesPageSchema,
    );
    expect(land.length).toBe(all.filter((c) => c.category === 'land').length);
  });

  it('sorts by a nullable field with nulls last ascending', async () => {
    const from = ds.months.at(-1) ?? '';
    const { items } = await fetchJson(
      `/mediation-cases?from=${from}&sort=closedOn&pageSize=500`,
      mediationCasesPageSchema,
    );
    const firstNull = items.findIndex((c) => c.closedOn === null);
    expect(firstNull).toBeGreaterThan(0);
    expect(items.slice(firstNull).every((c) => c.closedOn === null)).toBe(true);
  });
});
