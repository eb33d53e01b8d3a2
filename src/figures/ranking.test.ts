import { describe, expect, it } from 'vitest';
import type { Area, GroupStat } from '../api/schemas';
import { buildAreaTree } from '../lib/area-tree';
import { ranking, rankBy, withRanks, type AreaFigures, type StatsRows } from './ranking';
import { DEFAULT_TARGETS } from './targets';
import { inc, med, pat } from './test-rows';

const area = (
  id: string,
  name: string,
  level: Area['level'],
  parentId: string | null,
  population = 10_000,
): Area => ({
  id,
  name,
  level,
  parentId,
  population,
  households: 0,
  residentialAreas: 10,
  cameras: 3,
});

const group = (areaId: string, activeGroups: number, members: number, covered: number): GroupStat => ({
  areaId,
  activeGroups,
  inactiveGroups: 0,
  members,
  byType: {},
  coveredResidentialAreas: covered,
});

const period = { from: '2026-01', to: '2026-03' };
const empty: StatsRows = { incidents: [], mediation: [], patrols: [], groups: [] };

const withDistricts = buildAreaTree([
  area('p', 'Tỉnh Bình An', 'province', null, 40_000),
  area('d1', 'Huyện Đông', 'district', 'p', 20_000),
  area('d2', 'Huyện Anh', 'district', 'p', 20_000),
  area('w1', 'Xã Ân', 'ward', 'd1'),
  area('w2', 'Xã Bình', 'ward', 'd1'),
  area('w3', 'Xã Cát', 'ward', 'd2'),
  area('w4', 'Xã Đá', 'ward', 'd2'),
]);

describe('ranking', () => {
  it('computes every column of a child from its rows', () => {
    const r = ranking({
      tree: withDistricts,
      areaId: 'd1',
      period,
      childStats: {
        incidents: [inc('w1', '2026-01', 6), inc('w1', '2026-03', 4), inc('w1', '2025-02', 20)],
        mediation: [med('w1', '2026-01', [10, 6, 1, 1, 2]), med('w1', '2026-02', [4, 2, 1, 0, 1])],
        patrols: [pat('w1', '2026-01', [5, 20, 7.5, 0]), pat('w1', '2026-02', [4, 10, 6, 1])],
        groups: [group('w1', 7, 90, 8), group('w2', 2, 20, 1)],
      },
      ownStats: null,
      targets: DEFAULT_TARGETS,
    });
    expect(r.level).toBe('ward');
    const w1 = r.rows.find((x) => x.id === 'w1');
    expect(w1).toBeDefined();
    expect(w1?.parentName).toBe('Huyện Đông');
    expect(w1?.incidents).toMatchObject({
      current: 10,
      prior: 20,
      delta: -10,
      ratio: -0.5,
      smallBase: false,
    });
    expect(w1?.incidentRate).toBe(10);
    expect(w1?.priorIncidentRate).toBe(20);
    // resolved 8 of closed 6+1+1+2+1+0 = 11; pending left out
    expect(w1?.mediationRate).toEqual({ numerator: 8, denominator: 11, value: 8 / 11 });
    expect(w1?.mediationTargetMet).toBe(false);
    expect(w1?.incidentTargetMet).toBe(true);
    expect(w1?.patrols).toBe(9);
    expect(w1?.patrolsPerMonth).toBe(3);
    expect(w1?.activeGroups).toBe(7);
    expect(w1?.members).toBe(90);
    expect(w1?.coverage).toEqual({ numerator: 8, denominator: 10, value: 0.8 });
    expect(w1?.cameras).toBe(3);
    expect(w1?.latestMonth).toBe('2026-03');
    expect(w1?.latestIncidents).toBe(4);
  });

  it('gives an area with no stats rows zeros, and no mediation rate without closed cases', () => {
    const r = ranking({
      tree: withDistricts,
      areaId: 'd1',
      period,
      childStats: { ...empty, mediation: [med('w2', '2026-01', [3, 0, 0, 0, 3])] },
      ownStats: null,
      targets: DEFAULT_TARGETS,
    });
    const w2 = r.rows.find((x) => x.id === 'w2');
    expect(w2?.incidents).toMatchObject({ current: 0, prior: 0, ratio: null, smallBase: true });
    expect(w2?.incidentRate).toBe(0);
    expect(w2?.patrols).toBe(0);
    expect(w2?.mediationRate).toEqual({ numerator: 0, denominator: 0, value: null });
    expect(w2?.mediationTargetMet).toBeNull();
    expect(w2?.incidentTargetMet).toBeNull();
  });

  it('has no percentage change from a zero prior, and marks a small base', () => {
    const r = ranking({
      tree: withDistricts,
      areaId: 'd2',
      period,
      childStats: {
        ...empty,
        incidents: [inc('w3', '2026-02', 5), inc('w4', '2026-02', 12), inc('w4', '2025-02', 8)],
      },
      ownStats: null,
      targets: DEFAULT_TARGETS,
    });
    const w3 = r.rows.find((x) => x.id === 'w3');
    const w4 = r.rows.find((x) => x.id === 'w4');
    expect(w3?.incidents.ratio).toBeNull();
    expect(w3?.incidents.direction).toBe('up');
    expect(w4?.incidents.ratio).toBe(0.5);
    expect(w4?.incidents.smallBase).toBe(true);
    expect(w4?.incidentTargetMet).toBeNull();
  });

  it('keeps group figures unknown (null) when the GroupStat is missing, not 0', () => {
    const some = ranking({
      tree: withDistricts,
      areaId: 'd1',
      period,
      childStats: { ...empty, groups: [group('w1', 1, 5, 1)] },
      ownStats: null,
      targets: DEFAULT_TARGETS,
    });
    expect(some.rows.find((x) => x.id === 'w2')).toMatchObject({
      activeGroups: null,
      members: null,
      coverage: null,
    });
    const none = ranking({
      tree: withDistricts,
      areaId: 'd1',
      period,
      childStats: { ...empty, groups: null },
      ownStats: null,
      targets: DEFAULT_TARGETS,
    });
    expect(none.rows.every((x) => x.activeGroups === null)).toBe(true);
  });

  it('ranks by incidents per 10,000 ascending, ties by Vietnamese name order, and tracks the change', () => {
    const r = ranking({
      tree: withDistricts,
      areaId: 'p',
      period,
      childStats: {
        ...empty,
        // Same rate now (tie broken by name: "Huyện Anh" before "Huyện Đông"); before, Anh had more.
        incidents: [
          inc('d1', '2026-01', 30),
          inc('d2', '2026-01', 30),
          inc('d1', '2025-01', 10),
          inc('d2', '2025-01', 40),
        ],
      },
      ownStats: { ...empty, incidents: [inc('p', '2026-01', 60), inc('p', '2025-01', 50)] },
      targets: DEFAULT_TARGETS,
    });
    expect(r.level).toBe('district');
    expect(r.rows.map((x) => [x.id, x.rank, x.priorRank, x.rankChange])).toEqual([
      ['d2', 1, 2, 1],
      ['d1', 2, 1, -1],
    ]);
    expect(r.totals).toMatchObject({ id: 'p', parentName: null, population: 40_000 });
    expect(r.totals?.incidents).toMatchObject({ current: 60, prior: 50 });
    expect(r.totals?.incidentRate).toBe(15);
  });

  it('lists the wards directly under a province without a district level', () => {
    const tree = buildAreaTree([
      area('p', 'Tỉnh Bình An', 'province', null),
      area('w1', 'Phường Một', 'ward', 'p', 5_000),
      area('w2', 'Phường Hai', 'ward', 'p', 20_000),
    ]);
    const r = ranking({
      tree,
      areaId: 'p',
      period,
      childStats: { ...empty, incidents: [inc('w1', '2026-01', 5), inc('w2', '2026-03', 4)] },
      ownStats: null,
      targets: DEFAULT_TARGETS,
    });
    expect(r.level).toBe('ward');
    expect(r.rows.map((x) => [x.id, x.rank, x.incidentRate, x.parentName])).toEqual([
      ['w2', 1, 2, 'Tỉnh Bình An'],
      ['w1', 2, 10, 'Tỉnh Bình An'],
    ]);
    expect(r.totals).toBeNull();
  });

  it('has no rows for a ward and nothing for an unknown area', () => {
    const ward = ranking({
      tree: withDistricts,
      areaId: 'w1',
      period,
      childStats: empty,
      ownStats: empty,
      targets: DEFAULT_TARGETS,
    });
    expect(ward.level).toBeNull();
    expect(ward.rows).toEqual([]);
    expect(ward.totals?.id).toBe('w1');
    expect(
      ranking({
        tree: withDistricts,
        areaId: 'x',
        period,
        childStats: empty,
        ownStats: null,
        targets: DEFAULT_TARGETS,
      }),
    ).toEqual({ level: null, rows: [], totals: null });
  });

  it('flags the latest month against the same month in earlier years, counting missing months as 0', () => {
    const childStats: StatsRows = {
      ...empty,
      incidents: [
        inc('w1', '2023-03', 2),
        inc('w1', '2024-03', 3),
        inc('w1', '2025-03', 4),
        inc('w1', '2026-03', 30),
        // w2 has nothing in 2024-03 or 2025-03: zeros inside the data range
        inc('w2', '2023-03', 1),
        inc('w2', '2026-03', 1),
      ],
      dataRange: { from: '2023-01', to: '2026-03' },
    };
    const r = ranking({
      tree: withDistricts,
      areaId: 'd1',
      period,
      childStats,
      ownStats: null,
      targets: DEFAULT_TARGETS,
    });
    const w1 = r.rows.find((x) => x.id === 'w1');
    const w2 = r.rows.find((x) => x.id === 'w2');
    expect(w1?.usualRange?.years).toEqual([2023, 2024, 2025]);
    expect(w1?.usualRangeFlag).toBe('high');
    expect(w2?.usualRange?.mean).toBeCloseTo(1 / 3, 12);
    expect(w2?.usualRangeFlag).toBeNull();
    // Without an explicit range it starts at the earliest month any child has data for.
    const inferred = ranking({
      tree: withDistricts,
      areaId: 'd1',
      period,
      childStats: { ...childStats, dataRange: undefined },
      ownStats: null,
      targets: DEFAULT_TARGETS,
    });
    expect(inferred.rows.find((x) => x.id === 'w2')?.usualRange?.years).toEqual([2023, 2024, 2025]);
  });

  it('has no usual range with less than two earlier years', () => {
    const r = ranking({
      tree: withDistricts,
      areaId: 'd1',
      period,
      childStats: { ...empty, incidents: [inc('w1', '2025-03', 2), inc('w1', '2026-03', 50)] },
      ownStats: null,
      targets: DEFAULT_TARGETS,
    });
    expect(r.rows.find((x) => x.id === 'w1')).toMatchObject({ usualRange: null, usualRangeFlag: null });
  });

  it('ranks areas without residents after the others, with no rank', () => {
    const tree = buildAreaTree([
      area('p', 'P', 'province', null),
      area('a', 'Khu công nghiệp', 'ward', 'p', 0),
      area('b', 'Xã B', 'ward', 'p', 1_000),
    ]);
    const r = ranking({
      tree,
      areaId: 'p',
      period,
      childStats: empty,
      ownStats: null,
      targets: DEFAULT_TARGETS,
    });
    expect(r.rows.map((x) => [x.id, x.rank, x.rankChange])).toEqual([
      ['b', 1, 0],
      ['a', null, null],
    ]);
  });
});

describe('rankBy and withRanks', () => {
  it('breaks ties by Vietnamese collation, then id', () => {
    const rows = [
      { id: '3', name: 'Đông' },
      { id: '2', name: 'Dung' },
      { id: '1', name: 'an' },
      { id: '0', name: 'an' },
    ];
    expect(rankBy(rows, () => 1)).toEqual([4, 3, 2, 1]);
    expect(rankBy(rows, (i) => (i === 1 ? null : 0))).toEqual([3, null, 2, 1]);
  });

  it('returns an empty ranking for no areas', () => {
    expect(withRanks([] as AreaFigures[])).toEqual([]);
  });
});
