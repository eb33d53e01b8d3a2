import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  groupsPageSchema,
  groupStatsResponseSchema,
  incidentStatsResponseSchema,
  mediationCasesPageSchema,
  mediationCategories,
  mediationOutcomes,
  type MediationCategory,
  type MediationOutcome,
  mediationStatsResponseSchema,
  patrolsPageSchema,
  patrolStatsResponseSchema,
} from '../src/api/schemas';
import { generateDataset } from './generator';
import { createHandlers } from './handlers';
import { createMockServer } from './node';
import { fetchAll, fetchJson } from './test-helpers';

const ds = generateDataset({ shape: 'with-districts' });
const flat = generateDataset({ shape: 'no-districts' });
const FLAT = 'http://flat.test/api/v1';
const server = createMockServer({ dataset: ds });
beforeAll(() => {
  server.use(...createHandlers(flat, { baseUrl: FLAT }));
  server.listen({ onUnhandledFrame: 'error' });
});
afterAll(() => server.close());

const districts = ds.areas.filter((a) => a.level === 'district');
const district = districts[1]?.id ?? '';

describe('level aggregation', () => {
  it('defaults to one row per month for the requested area (12 months ending at asOf)', async () => {
    const { items } = await fetchJson('/stats/patrols', patrolStatsResponseSchema);
    expect(items.map((r) => r.month)).toEqual(ds.months.slice(-12));
    expect(items.every((r) => r.areaId === ds.root.id)).toBe(true);
    const ward = await fetchJson(
      `/stats/mediation?areaId=${ds.wards[0]?.area.id}`,
      mediationStatsResponseSchema,
    );
    expect(ward.items).toHaveLength(12);
  });

  it('aggregates to the requested level, rows summing to the parent', async () => {
    const q = `from=${ds.months.at(-24)}&to=${ds.asOf}`;
    const province = await fetchJson(`/stats/patrols?${q}`, patrolStatsResponseSchema);
    const byDistrict = await fetchJson(`/stats/patrols?${q}&level=district`, patrolStatsResponseSchema);
    const byWard = await fetchJson(`/stats/patrols?${q}&level=ward`, patrolStatsResponseSchema);
    expect(province.items).toHaveLength(24);
    expect(byDistrict.items).toHaveLength(24 * districts.length);
    expect(byWard.items).toHaveLength(24 * ds.wards.length);
    for (const row of province.items) {
      for (const key of ['patrols', 'participants', 'patrolHours', 'findings'] as const) {
        const sumD = byDistrict.items.filter((r) => r.month === row.month).reduce((s, r) => s + r[key], 0);
        const sumW = byWard.items.filter((r) => r.month === row.month).reduce((s, r) => s + r[key], 0);
        expect(sumD).toBe(row[key]);
        expect(sumW).toBe(row[key]);
      }
      expect(row.patrolHours * 2).toBe(Math.round(row.patrolHours * 2));
    }
  });

  it('aggregates incidents by category and leaves out zero rows', async () => {
    const { items } = await fetchJson(
      `/stats/incidents?level=ward&from=${ds.months[0]}`,
      incidentStatsResponseSchema,
    );
    expect(items.length).toBeGreaterThan(0);
    for (const r of items) {
      expect(r.total).toBeGreaterThan(0);
      expect(Object.values(r.byCategory).reduce((s, v) => s + (v ?? 0), 0)).toBe(r.total);
      expect(Object.values(r.byCategory).every((v) => (v ?? 0) > 0)).toBe(true);
    }
    const zeros: string[] = [];
    ds.wards.forEach((w, i) =>
      ds.months.forEach((month, m) => {
        if (ds.wardMonthly(i).incidentTotal[m] === 0) zeros.push(`${w.area.id}|${month}`);
      }),
    );
    expect(zeros.length).toBeGreaterThan(0);
    expect(items).toHaveLength(ds.wards.length * ds.months.length - zeros.length);
    const present = new Set(items.map((r) => `${r.areaId}|${r.month}`));
    expect(zeros.some((z) => present.has(z))).toBe(false);
  });

  it('returns no rows for a level absent from the tree, and rejects a level above the area', async () => {
    const absent = await fetchJson('/stats/incidents?level=district', incidentStatsResponseSchema, FLAT);
    expect(absent.items).toEqual([]);
    const flatWards = await fetchJson(`/stats/groups?level=ward`, groupStatsResponseSchema, FLAT);
    expect(flatWards.items).toHaveLength(flat.wards.length);
    const res = await fetch(`http://localhost/api/v1/stats/incidents?areaId=${district}&level=province`);
    expect(res.status).toBe(400);
  });

  it('clips from/to to the history', async () => {
    const { items } = await fetchJson(
      '/stats/mediation?from=1990-01&to=2100-12',
      mediationStatsResponseSchema,
    );
    expect(items.map((r) => r.month)).toEqual(ds.months);
    const none = await fetchJson('/stats/mediation?from=1990-01&to=1990-12', mediationStatsResponseSchema);
    expect(none.items).toEqual([]);
  });
});

describe('stats agree with the lists', () => {
  const wardId = ds.wards[42]?.area.id ?? '';
  const month = ds.months.at(-1) ?? '';
  const range = `areaId=${wardId}&from=${month}&to=${month}`;

  it('patrol stats = aggregated /patrols for a ward-month', async () => {
    const [stat] = (await fetchJson(`/stats/patrols?${range}`, patrolStatsResponseSchema)).items;
    const patrols = await fetchAll(`/patrols?${range}`, patrolsPageSchema);
    expect(stat).toEqual({
      areaId: wardId,
      month,
      patrols: patrols.length,
      participants: patrols.reduce((s, p) => s + p.participants, 0),
      patrolHours: patrols.reduce((s, p) => s + p.durationMinutes, 0) / 60,
      findings: patrols.reduce((s, p) => s + p.findings, 0),
      dayPatrols: patrols.filter((p) => p.shift === 'day').length,
      nightPatrols: patrols.filter((p) => p.shift === 'night').length,
    });
  });

  it('dayPatrols / nightPatrols = the /patrols?shift= totals, per ward and month', async () => {
    const q = `areaId=${district}&from=${ds.months.at(-3)}&to=${month}`;
    const { items } = await fetchJson(`/stats/patrols?${q}&level=ward`, patrolStatsResponseSchema);
    expect(items.length).toBeGreaterThan(3);
    for (const row of items.slice(0, 6)) {
      const one = `areaId=${row.areaId}&from=${row.month}&to=${row.month}&pageSize=1`;
      const day = await fetchJson(`/patrols?${one}&shift=day`, patrolsPageSchema);
      const night = await fetchJson(`/patrols?${one}&shift=night`, patrolsPageSchema);
      expect([row.dayPatrols, row.nightPatrols]).toEqual([day.total, night.total]);
      expect(day.total + night.total).toBe(row.patrols);
    }
    const [whole] = (
      await fetchJson(
        `/stats/patrols?${q.replace(`from=${ds.months.at(-3)}`, `from=${month}`)}`,
        patrolStatsResponseSchema,
      )
    ).items;
    expect(whole?.dayPatrols).toBeGreaterThan(0);
    expect(whole?.nightPatrols).toBeGreaterThan(whole?.dayPatrols ?? 0);
  });

  it('mediation stats = aggregated /mediation-cases for a district-month (by month of receipt)', async () => {
    const q = `areaId=${district}&from=${month}&to=${month}`;
    const [stat] = (await fetchJson(`/stats/mediation?${q}`, mediationStatsResponseSchema)).items;
    const cases = await fetchAll(`/mediation-cases?${q}`, mediationCasesPageSchema);
    const count = (o: string) => cases.filter((c) => c.outcome === o).length;
    expect(stat).toEqual({
      areaId: district,
      month,
      received: cases.length,
      resolved: count('resolved'),
      referred: count('referred'),
      unresolved: count('unresolved'),
      pending: count('pending'),
      byCategory: expect.any(Object),
    });
    expect(stat?.pending).toBeGreaterThan(0);
    const byCategory: Record<string, Record<string, number>> = {};
    for (const c of cases) {
      const row = (byCategory[c.category] ??= {
        received: 0,
        resolved: 0,
        referred: 0,
        unresolved: 0,
        pending: 0,
      });
      row.received = (row.received ?? 0) + 1;
      row[c.outcome] = (row[c.outcome] ?? 0) + 1;
    }
    expect(stat?.byCategory).toEqual(byCategory);
  });

  it('byCategory = the /mediation-cases?category=&outcome= totals; missing keys are all 0', async () => {
    const q = `areaId=${district}&from=${ds.months.at(-12)}&to=${month}`;
    const { items } = await fetchJson(`/stats/mediation?${q}`, mediationStatsResponseSchema);
    const total = (category: MediationCategory, outcome: MediationOutcome) =>
      items.reduce((s, r) => s + (r.byCategory?.[category]?.[outcome] ?? 0), 0);
    for (const category of mediationCategories) {
      for (const outcome of mediationOutcomes) {
        const page = await fetchJson(
          `/mediation-cases?${q}&category=${category}&outcome=${outcome}&pageSize=1`,
          mediationCasesPageSchema,
        );
        expect(total(category, outcome), `${category} ${outcome}`).toBe(page.total);
      }
    }
    for (const r of items) {
      const rows = Object.values(r.byCategory ?? {});
      expect(rows.every((c) => c.received > 0)).toBe(true);
      for (const key of ['received', 'resolved', 'referred', 'unresolved', 'pending'] as const)
        expect(rows.reduce((s, c) => s + c[key], 0)).toBe(r[key]);
    }
    expect(items.some((r) => Object.keys(r.byCategory ?? {}).length < mediationCategories.length)).toBe(true);
  });

  it('group stats = aggregated /groups, per ward and per district', async () => {
    const { items } = await fetchJson(
      `/stats/groups?areaId=${district}&level=ward`,
      groupStatsResponseSchema,
    );
    const [districtRow] = (await fetchJson(`/stats/groups?areaId=${district}`, groupStatsResponseSchema))
      .items;
    const groups = await fetchAll(`/groups?areaId=${district}`, groupsPageSchema);
    expect(items.length).toBeGreaterThan(1);
    for (const row of items) {
      const mine = groups.filter((g) => g.wardId === row.areaId);
      const active = mine.filter((g) => g.status === 'active');
      const byType: Record<string, number> = {};
      for (const g of active) byType[g.type] = (byType[g.type] ?? 0) + 1;
      expect(row).toEqual({
        areaId: row.areaId,
        activeGroups: active.length,
        inactiveGroups: mine.length - active.length,
        members: active.reduce((s, g) => s + g.members, 0),
        byType,
        coveredResidentialAreas: new Set(active.map((g) => g.residentialArea)).size,
      });
    }
    expect(districtRow?.activeGroups).toBe(items.reduce((s, r) => s + r.activeGroups, 0));
    expect(districtRow?.coveredResidentialAreas).toBe(
      items.reduce((s, r) => s + r.coveredResidentialAreas, 0),
    );
  });
});
