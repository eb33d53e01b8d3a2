import { describe, expect, it } from 'vitest';
import { groupTypes, type Area, type GroupType } from '../../src/api/schemas';
import { daysInMonth } from './dates';
import {
  DEFAULT_AS_OF,
  DEFAULT_SEED,
  generateDataset,
  lastCompleteMonth,
  OUTCOME_ORDER,
  type Dataset,
} from './index';

const ds = generateDataset();
const old = generateDataset({ shape: 'with-districts' });

function countBy<T>(items: readonly T[], key: (t: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of items) out[key(item)] = (out[key(item)] ?? 0) + 1;
  return out;
}

function snapshot(d: Dataset) {
  return {
    areas: d.areas,
    groups: d.groups(),
    monthly: d.wards.map((_, w) => d.wardMonthly(w)),
    patrols: d.patrols(5, d.months.length - 1),
    cases: d.mediationCases(7, d.months.length - 3),
  };
}

describe('generateDataset', () => {
  it('is deterministic for the same seed and options, and differs for another seed', () => {
    expect(snapshot(generateDataset({ seed: DEFAULT_SEED, asOf: DEFAULT_AS_OF }))).toEqual(snapshot(ds));
    const other = generateDataset({ seed: 7 });
    expect(other.areas).not.toEqual(ds.areas);
    expect(other.groups()).not.toEqual(ds.groups());
  });

  it('derives records identically no matter the order they are requested in', () => {
    const fresh = generateDataset();
    const last = ds.months.length - 1;
    const late = fresh.mediationCases(20, last);
    fresh.patrols(3, 0);
    expect(fresh.patrols(20, last)).toEqual(ds.patrols(20, last));
    expect(late).toEqual(ds.mediationCases(20, last));
  });

  it('computes the last complete month', () => {
    expect(lastCompleteMonth(new Date(Date.UTC(2026, 10, 27)))).toBe('2026-10');
    expect(lastCompleteMonth(new Date(Date.UTC(2026, 0, 1)))).toBe('2025-12');
  });

  it('builds today’s province: 100–130 communes, wards and a special zone directly under it', () => {
    const levels = countBy(ds.areas, (a) => a.level);
    expect(levels).toEqual({ province: 1, ward: expect.any(Number) });
    expect(levels.ward).toBeGreaterThanOrEqual(100);
    expect(levels.ward).toBeLessThanOrEqual(130);
    expect(ds.root).toMatchObject({ id: 'p01', name: 'Tỉnh Bình An', level: 'province', parentId: null });
    const kinds = countBy(ds.areas.slice(1), (a) =>
      a.name
        .split(' ')
        .slice(0, a.name.startsWith('Đặc') ? 2 : 1)
        .join(' '),
    );
    expect(Object.keys(kinds).sort()).toEqual(['Phường', 'Xã', 'Đặc khu']);
    expect(kinds['Đặc khu']).toBe(1);
    // The same territory as the older tree, merged: same residents, the old names kept as formerNames.
    expect(ds.root.population).toBe(old.root.population);
    const oldWards = new Set(old.areas.filter((a) => a.level === 'ward').map((a) => a.name));
    const former = ds.areas.flatMap((a) => a.formerNames ?? (oldWards.has(a.name) ? [a.name] : []));
    expect(new Set(former)).toEqual(oldWards);
    expect(former).toHaveLength(oldWards.size);
    for (const a of ds.areas) if (a.formerNames) expect(a.mergedOn).toBe('2025-07-01');
    expect(ds.areas.filter((a) => (a.formerNames?.length ?? 0) > 1).length).toBeGreaterThan(30);
  });

  it('keeps the older three-level tree as a scenario: 13 district-level localities and 160–180 wards', () => {
    const levels = countBy(old.areas, (a) => a.level);
    expect(levels).toEqual({ province: 1, district: 13, ward: expect.any(Number) });
    expect(levels.ward).toBeGreaterThanOrEqual(160);
    expect(levels.ward).toBeLessThanOrEqual(180);
    expect(old.root).toMatchObject({ id: 'p01', level: 'province', parentId: null });
    const districts = old.areas
      .filter((a) => a.level === 'district')
      .map((a) => a.name.split(' ').slice(0, 2).join(' '));
    expect(districts.some((n) => n.startsWith('Thành phố'))).toBe(true);
    expect(districts.some((n) => n.startsWith('Thị xã'))).toBe(true);
    expect(districts.some((n) => n.startsWith('Huyện'))).toBe(true);
  });

  it('has realistic ward facts in today’s tree', () => {
    const wards = ds.areas.filter((a) => a.level === 'ward');
    for (const w of wards) {
      expect(w.name).toMatch(/^(Phường|Xã|Đặc khu) \S/);
      expect(w.residentialAreas).toBeGreaterThanOrEqual(6);
      expect(w.households / w.population).toBeGreaterThan(1 / 4);
      expect(w.households / w.population).toBeLessThan(1 / 3.2);
    }
    expect(wards.filter((w) => w.cameras === 190)).toHaveLength(1);
    expect(wards[0]?.cameras).toBe(190);
    expect(new Set(wards.map((w) => w.name)).size).toBe(wards.length);
  });

  it('has realistic ward facts in the older tree', () => {
    const wards = old.areas.filter((a) => a.level === 'ward');
    expect(old.root.population).toBeGreaterThanOrEqual(1_600_000);
    expect(old.root.population).toBeLessThanOrEqual(2_000_000);
    for (const w of wards) {
      expect(w.name).toMatch(/^(Phường|Xã|Thị trấn) \S/);
      expect(w.residentialAreas).toBeGreaterThanOrEqual(6);
      expect(w.residentialAreas).toBeLessThanOrEqual(25);
      expect(w.households / w.population).toBeGreaterThan(1 / 4);
      expect(w.households / w.population).toBeLessThan(1 / 3.2);
      if (w.name.startsWith('Phường')) {
        expect(w.population).toBeGreaterThanOrEqual(12_000);
        expect(w.population).toBeLessThanOrEqual(30_000);
      }
      if (w.name.startsWith('Xã')) {
        expect(w.population).toBeGreaterThanOrEqual(4_000);
        expect(w.population).toBeLessThanOrEqual(12_000);
        expect(w.cameras).toBeLessThanOrEqual(25);
      }
    }
    expect(wards.filter((w) => w.cameras === 190)).toHaveLength(1);
    expect(wards.filter((w) => w.cameras > 120)).toHaveLength(1);
    expect(new Set(wards.map((w) => w.name)).size).toBe(wards.length);
  });

  it('rolls non-ward numbers up as sums of their wards', () => {
    const byParent = new Map<string, Area[]>();
    for (const a of ds.areas)
      if (a.parentId) byParent.set(a.parentId, [...(byParent.get(a.parentId) ?? []), a]);
    const wardsUnder = (a: Area): Area[] =>
      a.level === 'ward' ? [a] : (byParent.get(a.id) ?? []).flatMap((c) => wardsUnder(c));
    for (const a of ds.areas.filter((x) => x.level !== 'ward')) {
      const wards = wardsUnder(a);
      for (const key of ['population', 'households', 'residentialAreas', 'cameras'] as const) {
        expect(a[key], `${a.id}.${key}`).toBe(wards.reduce((s, w) => s + w[key], 0));
      }
    }
  });

  it('has group counts in the stated ranges', () => {
    const groups = ds.groups();
    const byType = countBy(groups, (g) => g.type) as Partial<Record<GroupType, number>>;
    expect(groups.length).toBeGreaterThanOrEqual(8000);
    expect(byType.security_order).toBeGreaterThanOrEqual(3900);
    expect(byType.security_order).toBeLessThanOrEqual(4300);
    expect(byType.fire_prevention).toBeGreaterThanOrEqual(1500);
    expect(byType.fire_prevention).toBeLessThanOrEqual(1700);
    expect(byType.mediation).toBeGreaterThanOrEqual(1400);
    expect(byType.mediation).toBeLessThanOrEqual(1600);
    for (const t of groupTypes) expect(byType[t], t).toBeGreaterThan(0);
    expect(byType.industrial_zone).toBeLessThanOrEqual(10);
    expect(byType.border_marker).toBeLessThanOrEqual(10);
    const mediators = groups.filter((g) => g.type === 'mediation').reduce((s, g) => s + g.members, 0);
    expect(Math.abs(mediators - 9200)).toBeLessThanOrEqual(920);
    const active = groups.filter((g) => g.status === 'active').length / groups.length;
    expect(active).toBeGreaterThanOrEqual(0.85);
    expect(active).toBeLessThanOrEqual(0.95);
    const recognition = countBy(groups, (g) => g.recognition);
    expect(recognition.none).toBeGreaterThan(groups.length * 0.7);
    expect(recognition.district).toBeGreaterThan(recognition.provincial ?? 0);
    expect(recognition.provincial).toBeGreaterThan(recognition.national ?? 0);
  });

  it('puts every group in one of its ward’s residential areas, with 60–100 % coverage', () => {
    ds.wards.forEach((ward, w) => {
      const groups = ds.wardGroups(w);
      for (const g of groups) {
        expect(g.wardId).toBe(ward.area.id);
        expect(ward.residentialAreaNames).toContain(g.residentialArea);
        expect(g.establishedOn <= `${ds.asOf}-31`).toBe(true);
      }
      const covered = new Set(groups.filter((g) => g.status === 'active').map((g) => g.residentialArea)).size;
      expect(covered / ward.area.residentialAreas).toBeGreaterThanOrEqual(0.6);
      expect(covered / ward.area.residentialAreas).toBeLessThanOrEqual(1);
    });
  });

  it('has at least 36 months of history ending at asOf (60 by default)', () => {
    expect(ds.months.length).toBeGreaterThanOrEqual(36);
    expect(ds.months).toHaveLength(60);
    expect(ds.months.at(-1)).toBe(DEFAULT_AS_OF);
    expect(generateDataset({ months: 40 }).months).toHaveLength(40);
  });

  it('keeps each ward’s resolved share of closed mediation cases within 70–85 %', () => {
    ds.wards.forEach((_, w) => {
      const { outcomes } = ds.wardMonthly(w);
      const sum = (o: number) =>
        ds.months.reduce((s, _m, m) => s + (outcomes[m * OUTCOME_ORDER.length + o] ?? 0), 0);
      const closed = sum(0) + sum(1) + sum(2);
      expect(closed).toBeGreaterThan(20);
      const rate = sum(0) / closed;
      expect(rate).toBeGreaterThanOrEqual(0.7);
      expect(rate).toBeLessThanOrEqual(0.85);
    });
  });

  it('has incidents with a Tết peak, mostly falling trends and some zero ward-months', () => {
    let zero = 0;
    let total = 0;
    let falling = 0;
    const byCalendarMonth = new Array<number>(12).fill(0);
    ds.wards.forEach((_, w) => {
      const { incidentTotal } = ds.wardMonthly(w);
      ds.months.forEach((month, m) => {
        const v = incidentTotal[m] ?? 0;
        if (v === 0) zero++;
        total += v;
        const cal = Number(month.slice(5)) - 1;
        byCalendarMonth[cal] = (byCalendarMonth[cal] ?? 0) + v;
      });
      const firstYear = incidentTotal.slice(0, 12).reduce((a, b) => a + b, 0);
      const lastYear = incidentTotal.slice(-12).reduce((a, b) => a + b, 0);
      if (lastYear < firstYear) falling++;
    });
    const wardMonths = ds.wards.length * ds.months.length;
    expect(zero).toBeGreaterThan(0);
    expect(total / wardMonths).toBeGreaterThan(1.5);
    expect(total / wardMonths).toBeLessThan(8);
    expect(falling / ds.wards.length).toBeGreaterThan(0.7);
    const mayToOct = byCalendarMonth.slice(4, 10).reduce((a, b) => a + b, 0) / 6;
    expect(byCalendarMonth[1]).toBeGreaterThan(mayToOct * 1.15);
  });

  it('derives patrols that add up to the monthly aggregates', () => {
    const problems: string[] = [];
    const check = (ok: boolean, what: string) => {
      if (!ok) problems.push(what);
    };
    for (let w = 0; w < ds.wards.length; w += 3) {
      const monthly = ds.wardMonthly(w);
      const groups = new Map(ds.wardGroups(w).map((g) => [g.id, g]));
      ds.months.forEach((month, m) => {
        const patrols = ds.patrols(w, m);
        const at = `ward ${w} ${month}`;
        check(patrols.length === monthly.patrols[m], `${at}: count`);
        check(patrols.length >= 6 && patrols.length <= 30, `${at}: 6–30 patrols`);
        check(
          patrols.reduce((s, p) => s + p.participants, 0) === monthly.participants[m],
          `${at}: participants`,
        );
        check(patrols.reduce((s, p) => s + p.findings, 0) === monthly.findings[m], `${at}: findings`);
        const hours = patrols.reduce((s, p) => s + p.durationMinutes, 0) / 60;
        check(hours === 1.5 * patrols.length + 0.5 * (monthly.extraHalfHours[m] ?? 0), `${at}: hours`);
        for (const p of patrols) {
          check(
            p.date.slice(0, 7) === month && Number(p.date.slice(8)) <= daysInMonth(month),
            `${p.id}: date`,
          );
          check(
            p.durationMinutes % 30 === 0 && p.durationMinutes >= 90 && p.durationMinutes <= 300,
            `${p.id}: duration`,
          );
          check(p.participants >= 3 && p.participants <= 10, `${p.id}: participants`);
          check(p.findings >= 0 && p.findings <= 3, `${p.id}: findings`);
          const group = groups.get(p.groupId);
          check(group?.type === 'people_patrol' || group?.type === 'security_order', `${p.id}: group type`);
          check(group !== undefined && group.establishedOn <= p.date, `${p.id}: group existed`);
          check((p.findings === 0) === !/\d/.test(p.note), `${p.id}: note "${p.note}"`);
        }
      });
    }
    expect(problems.slice(0, 10)).toEqual([]);
    const sample = ds.patrols(0, 0).concat(ds.patrols(1, 1), ds.patrols(2, 2), ds.patrols(3, 3));
    const night = sample.filter((p) => p.shift === 'night').length / sample.length;
    expect(night).toBeGreaterThan(0.4);
    expect(night).toBeLessThan(0.8);
  });

  it('derives mediation cases that add up to the monthly aggregates with valid dates', () => {
    const asOfEnd = `${ds.asOf}-${daysInMonth(ds.asOf)}`;
    for (let w = 0; w < ds.wards.length; w += 5) {
      const monthly = ds.wardMonthly(w);
      const groups = new Map(ds.wardGroups(w).map((g) => [g.id, g]));
      ds.months.forEach((month, m) => {
        const cases = ds.mediationCases(w, m);
        expect(cases.length).toBeLessThanOrEqual(8);
        const outcomes = countBy(cases, (c) => c.outcome);
        OUTCOME_ORDER.forEach((o, i) => expect(outcomes[o] ?? 0).toBe(monthly.outcomes[m * 4 + i]));
        for (const c of cases) {
          expect(c.receivedOn.slice(0, 7)).toBe(month);
          expect(groups.get(c.groupId)?.type).toBe('mediation');
          if (c.outcome === 'pending') {
            expect(c.closedOn).toBeNull();
            expect(m).toBeGreaterThanOrEqual(ds.months.length - 2);
          } else {
            expect(c.closedOn).not.toBeNull();
            expect((c.closedOn ?? '') > c.receivedOn).toBe(true);
            expect((c.closedOn ?? '') <= asOfEnd).toBe(true);
          }
        }
      });
    }
  });

  it('supports the no-districts shape (wards directly under the province)', () => {
    const flat = generateDataset({ shape: 'no-districts' });
    expect(flat.areas.some((a) => a.level === 'district')).toBe(false);
    expect(flat.areas.filter((a) => a.level === 'ward').every((a) => a.parentId === flat.root.id)).toBe(true);
    expect(flat.areas.filter((a) => a.level === 'ward')).toHaveLength(
      old.areas.filter((a) => a.level === 'ward').length,
    );
    expect(flat.root.population).toBe(ds.root.population);
  });

  it('supports custom and national sizes', () => {
    const size = { provinces: 2, districtsPerProvince: 3, wardsPerDistrict: 4 };
    const small = generateDataset({ size, shape: 'with-districts' });
    expect(countBy(small.areas, (a) => a.level)).toEqual({ country: 1, province: 2, district: 6, ward: 24 });
    expect(small.groups().length).toBeGreaterThan(24 * 20);
    const smallToday = countBy(generateDataset({ size }).areas, (a) => a.level);
    expect(smallToday.district).toBeUndefined();
    expect(smallToday.ward).toBeLessThan(24);
    // Today's country: 34 provinces and cities, about 3,300 communes, wards and special zones.
    const national = generateDataset({ size: 'national' });
    const levels = countBy(national.areas, (a) => a.level);
    expect(national.root).toMatchObject({ id: 'vn', name: 'Việt Nam', level: 'country' });
    expect(levels).toEqual({ country: 1, province: 34, ward: expect.any(Number) });
    expect(levels.ward).toBeGreaterThan(3000);
    expect(levels.ward).toBeLessThan(3600);
    expect(national.wardGroups(national.wards.length - 1).length).toBeGreaterThan(0);
    const older = countBy(
      generateDataset({ size: 'national', shape: 'with-districts' }).areas,
      (a) => a.level,
    );
    expect(older.ward).toBeGreaterThan(9000);
    expect(older.ward).toBeLessThan(11000);
  });
});
