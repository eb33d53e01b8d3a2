import { describe, expect, it } from 'vitest';
import type { Area, GroupStat } from '../api/schemas';
import {
  coverageByArea,
  groupsByType,
  groupSummary,
  mediationByArea,
  mediationSummary,
  monthlyOutcomes,
  monthlyPatrols,
  monthlyResolutionRates,
  outcomesByCategory,
  patrolActivity,
  patrolsByArea,
  patrolShiftShare,
  perUnit,
  shiftShare,
} from './activity';
import { DEFAULT_TARGETS } from './targets';
import { med, pat } from './test-rows';

const area = (id: string, residentialAreas = 10): Area => ({
  id,
  name: `Area ${id}`,
  level: 'ward',
  parentId: 'd1',
  population: 1000,
  households: 300,
  residentialAreas,
  cameras: 3,
});

const groupStat = (areaId: string, over: Partial<GroupStat> = {}): GroupStat => ({
  areaId,
  activeGroups: 20,
  inactiveGroups: 5,
  members: 300,
  byType: { security_order: 12, mediation: 5, fire_prevention: 3 },
  coveredResidentialAreas: 8,
  ...over,
});

const q1 = { from: '2025-01', to: '2025-03' };
const patrolling = (security: number, people: number) => ({
  security_order: security,
  people_patrol: people,
});

describe('perUnit', () => {
  it('divides, and has no value without a denominator', () => {
    expect(perUnit(6, 4)).toBe(1.5);
    expect(perUnit(0, 4)).toBe(0);
    expect(perUnit(3, 0)).toBeNull();
  });
});

describe('monthlyResolutionRates', () => {
  it('gives each month its rate beside the same month a year earlier', () => {
    const rows = [
      med('w1', '2025-01', [10, 6, 2, 0, 2]),
      med('w1', '2024-01', [8, 3, 1, 0, 4]),
      med('w1', '2025-02', [5, 4, 0, 1, 0]),
      med('w2', '2025-01', [99, 99, 0, 0, 0]),
    ];
    const months = monthlyResolutionRates(rows, 'w1', q1);
    expect(months.map((m) => [m.month, m.priorMonth])).toEqual([
      ['2025-01', '2024-01'],
      ['2025-02', '2024-02'],
      ['2025-03', '2024-03'],
    ]);
    expect(months[0]?.current).toEqual({ numerator: 6, denominator: 8, value: 0.75 });
    expect(months[0]?.prior).toEqual({ numerator: 3, denominator: 4, value: 0.75 });
    expect(months[1]?.current.value).toBe(0.8);
    expect(months[0]?.points).toBe(0);
    expect(months[1]?.points).toBeNull(); // no closed cases a year earlier
  });

  it('leaves a gap (null) for missing months and months with only pending cases — never 0 %', () => {
    const months = monthlyResolutionRates([med('w1', '2025-01', [3, 0, 0, 0, 3])], 'w1', q1);
    expect(months[0]?.current).toEqual({ numerator: 0, denominator: 0, value: null });
    expect(months[1]?.current.value).toBeNull();
    expect(months[2]?.prior.value).toBeNull();
  });
});

describe('monthlyOutcomes', () => {
  it('lists received cases by outcome per month, zero for missing months, other areas ignored', () => {
    const rows = [med('w1', '2025-02', [10, 5, 2, 1, 2]), med('w2', '2025-02', [7, 7, 0, 0, 0])];
    expect(monthlyOutcomes(rows, 'w1', q1)).toEqual([
      { month: '2025-01', received: 0, resolved: 0, referred: 0, unresolved: 0, pending: 0 },
      { month: '2025-02', received: 10, resolved: 5, referred: 2, unresolved: 1, pending: 2 },
      { month: '2025-03', received: 0, resolved: 0, referred: 0, unresolved: 0, pending: 0 },
    ]);
  });
});

describe('outcomesByCategory', () => {
  const counts = (resolved: number, referred: number, unresolved: number, pending: number) => ({
    received: resolved + referred + unresolved + pending,
    resolved,
    referred,
    unresolved,
    pending,
  });
  const period = { from: '2026-01', to: '2026-02' };
  const rows = [
    { ...med('w1', '2026-01', [9, 6, 2, 0, 1]), byCategory: { land: counts(6, 2, 0, 1) } },
    {
      ...med('w1', '2026-02', [5, 2, 0, 3, 0]),
      byCategory: { land: counts(2, 0, 0, 0), debt: counts(0, 0, 3, 0) },
    },
    // Outside the period or another area: not counted.
    { ...med('w1', '2025-12', [4, 4, 0, 0, 0]), byCategory: { family: counts(4, 0, 0, 0) } },
    { ...med('w2', '2026-01', [4, 4, 0, 0, 0]), byCategory: { family: counts(4, 0, 0, 0) } },
  ];

  it("adds up the area's byCategory over the period: every category in contract order, missing keys 0", () => {
    const result = outcomesByCategory(rows, 'w1', period);
    expect(result?.map((r) => r.category)).toEqual([
      'land',
      'family',
      'neighbour',
      'debt',
      'commercial',
      'other',
    ]);
    expect(result?.[0]).toMatchObject({ resolved: 8, referred: 2, unresolved: 0, pending: 1, received: 11 });
    expect(result?.[0]?.rate).toEqual({ numerator: 8, denominator: 10, value: 0.8 });
    expect(result?.[3]?.rate.value).toBe(0);
    expect(result?.[1]).toMatchObject({ received: 0, rate: { value: null } });
  });

  it('is null (not provided) when a row lacks byCategory, as from a v1 API', () => {
    expect(outcomesByCategory([...rows, med('w1', '2026-02', [1, 1, 0, 0, 0])], 'w1', period)).toBeNull();
    expect(outcomesByCategory([med('w1', '2026-01', [1, 1, 0, 0, 0])], 'w1', period)).toBeNull();
  });

  it('handles no rows at all', () => {
    expect(
      outcomesByCategory([], 'w1', period)?.every((r) => r.received === 0 && r.rate.value === null),
    ).toBe(true);
  });
});

describe('mediationByArea', () => {
  const period = { from: '2025-01', to: '2025-02' };
  it('rates each child with the change in points and the target verdict', () => {
    const rows = mediationByArea(
      [
        med('a', '2025-01', [10, 8, 1, 1, 0]),
        med('a', '2025-02', [10, 9, 1, 0, 0]),
        med('a', '2024-01', [10, 7, 3, 0, 0]),
        med('b', '2025-01', [4, 1, 1, 0, 2]),
      ],
      [area('a'), area('b'), area('c')],
      period,
      DEFAULT_TARGETS,
    );
    expect(rows[0]?.rate).toEqual({ numerator: 17, denominator: 20, value: 0.85 });
    expect(rows[0]?.priorRate.value).toBe(0.7);
    expect(rows[0]?.points).toBeCloseTo(0.15);
    expect(rows[0]?.targetMet).toBe(true);
    expect(rows[1]?.targetMet).toBe(false);
    expect(rows[1]?.points).toBeNull(); // no closed cases a year earlier
    expect(rows[1]?.current.pending).toBe(2);
    // No closed cases: no rate, no verdict.
    expect(rows[2]).toMatchObject({ rate: { value: null }, targetMet: null, points: null });
  });

  it('meets the target exactly at the target rate', () => {
    const [row] = mediationByArea(
      [med('a', '2025-01', [5, 4, 1, 0, 0])],
      [area('a')],
      period,
      DEFAULT_TARGETS,
    );
    expect(row?.targetMet).toBe(true);
  });
});

describe('mediationSummary', () => {
  it('sums the period and a year earlier', () => {
    const s = mediationSummary(
      [med('a', '2025-01', [20, 12, 2, 2, 4]), med('a', '2024-01', [10, 9, 1, 0, 0])],
      'a',
      q1,
      DEFAULT_TARGETS,
    );
    expect(s.received).toMatchObject({ current: 20, prior: 10, ratio: 1 });
    expect(s.rate).toEqual({ numerator: 12, denominator: 16, value: 0.75 });
    expect(s.points).toBeCloseTo(-0.15);
    expect(s.targetMet).toBe(false);
    expect(s.pendingShare).toEqual({ numerator: 4, denominator: 20, value: 0.2 });
  });

  it('has no rate, no verdict and a null percentage change from a zero prior', () => {
    const s = mediationSummary([], 'a', q1, DEFAULT_TARGETS);
    expect(s.rate.value).toBeNull();
    expect(s.targetMet).toBeNull();
    expect(s.received.ratio).toBeNull();
    expect(s.pendingShare.value).toBeNull();
  });
});

describe('groups', () => {
  it('ranks types by active groups and leaves out types with none', () => {
    const types = groupsByType(groupStat('a'));
    expect(types.map((t) => [t.type, t.count])).toEqual([
      ['security_order', 12],
      ['mediation', 5],
      ['fire_prevention', 3],
    ]);
    expect(types[0]?.share).toEqual({ numerator: 12, denominator: 20, value: 0.6 });
    expect(groupsByType(undefined)).toEqual([]);
  });

  it('keeps contract order among types with the same count', () => {
    const types = groupsByType(groupStat('a', { byType: { other: 2, market: 2, security_order: 2 } }));
    expect(types.map((t) => t.type)).toEqual(['security_order', 'market', 'other']);
  });

  it('summarises coverage and members per group; no groups gives no averages', () => {
    expect(groupSummary(groupStat('a'), area('a'))).toEqual({
      active: 20,
      inactive: 5,
      members: 300,
      activeShare: { numerator: 20, denominator: 25, value: 0.8 },
      membersPerGroup: 15,
      coverage: { numerator: 8, denominator: 10, value: 0.8 },
    });
    const empty = groupSummary(
      groupStat('a', {
        activeGroups: 0,
        inactiveGroups: 0,
        members: 0,
        coveredResidentialAreas: 0,
        byType: {},
      }),
      area('a', 0),
    );
    expect(empty.membersPerGroup).toBeNull();
    expect(empty.activeShare.value).toBeNull();
    expect(empty.coverage.value).toBeNull();
  });

  it('marks a child without a stats row as unknown, not zero', () => {
    const rows = coverageByArea([groupStat('a')], [area('a'), area('b')]);
    expect(rows[0]?.summary?.coverage.value).toBe(0.8);
    expect(rows[1]?.summary).toBeNull();
  });
});

describe('monthlyPatrols', () => {
  it('pairs each month with a year earlier, with findings per patrol', () => {
    const rows = [
      pat('w1', '2025-01', [10, 40, 25, 5]),
      pat('w1', '2024-01', [8, 30, 20, 2]),
      pat('w1', '2025-03', [0, 0, 0, 0]),
    ];
    const months = monthlyPatrols(rows, 'w1', q1);
    expect(months[0]).toEqual({
      month: '2025-01',
      priorMonth: '2024-01',
      patrols: 10,
      priorPatrols: 8,
      hours: 25,
      priorHours: 20,
      findingsPerPatrol: 0.5,
      priorFindingsPerPatrol: 0.25,
    });
    // Missing month and a month of zero patrols: zero counts, no findings per patrol.
    expect(months[1]).toMatchObject({ patrols: 0, findingsPerPatrol: null, priorFindingsPerPatrol: null });
    expect(months[2]).toMatchObject({ patrols: 0, hours: 0, findingsPerPatrol: null });
  });
});

describe('patrolActivity and patrolsByArea', () => {
  const rows = [
    pat('a', '2025-01', [30, 120, 60, 6]),
    pat('a', '2024-01', [20, 80, 40, 8]),
    pat('b', '2025-02', [4, 12, 6, 0]),
  ];

  it('compares with a year earlier and divides by the active groups that patrol', () => {
    // 20 active groups, of which 12 security-and-order and 3 people's patrol teams patrol.
    const a = patrolActivity(
      rows,
      'a',
      q1,
      groupStat('a', { byType: { ...patrolling(12, 3), mediation: 5 } }),
    );
    expect(a.patrols).toMatchObject({ current: 30, prior: 20, ratio: 0.5 });
    expect(a.hours).toMatchObject({ current: 60, prior: 40 });
    expect(a.findingsPerPatrol).toEqual({ current: 0.2, prior: 0.4 });
    expect(a.patrolsPerGroup).toBe(2);
    expect(a.patrollingGroups).toBe(15);
  });

  it('has no per-group figure without group stats (or with those of another area) or without groups', () => {
    expect(patrolActivity(rows, 'a', q1, undefined).patrolsPerGroup).toBeNull();
    expect(patrolActivity(rows, 'a', q1, groupStat('b')).patrollingGroups).toBeNull();
    // Mediation teams only: no group patrols, so no per-group figure (not infinity, not 30).
    const mediationOnly = groupStat('a', { byType: { mediation: 20 } });
    expect(patrolActivity(rows, 'a', q1, mediationOnly).patrolsPerGroup).toBeNull();
  });

  it('has no findings per patrol and a null change with zero patrols', () => {
    const z = patrolActivity([], 'a', q1, groupStat('a'));
    expect(z.findingsPerPatrol).toEqual({ current: null, prior: null });
    expect(z.patrols.ratio).toBeNull();
    expect(z.patrolsPerGroup).toBe(0);
  });

  it('gives one row per child with its own group stats', () => {
    const out = patrolsByArea(
      rows,
      [
        groupStat('a', { byType: { ...patrolling(9, 1), fire_prevention: 30 } }),
        groupStat('b', { byType: patrolling(4, 0) }),
      ],
      [area('a'), area('b'), area('c')],
      q1,
    );
    expect(out.map((r) => [r.area.id, r.patrols.current, r.patrolsPerGroup])).toEqual([
      ['a', 30, 3],
      ['b', 4, 1],
      ['c', 0, null],
    ]);
  });
});

describe('shiftShare', () => {
  it('gives day and night as shares of all patrols', () => {
    expect(shiftShare(40, 60)).toEqual({
      total: 100,
      day: { numerator: 40, denominator: 100, value: 0.4 },
      night: { numerator: 60, denominator: 100, value: 0.6 },
    });
  });

  it('has no shares without patrols', () => {
    expect(shiftShare(0, 0)).toMatchObject({ total: 0, day: { value: null }, night: { value: null } });
  });
});

describe('patrolShiftShare', () => {
  const period = { from: '2026-01', to: '2026-02' };
  const row = (month: string, day: number, night: number, areaId = 'w1') => ({
    ...pat(areaId, month, [day + night, 0, 0, 0]),
    dayPatrols: day,
    nightPatrols: night,
  });

  it("adds up the area's dayPatrols and nightPatrols over the period", () => {
    const rows = [
      row('2026-01', 3, 7),
      row('2026-02', 5, 5),
      row('2025-12', 9, 0),
      row('2026-01', 9, 0, 'w2'),
    ];
    expect(patrolShiftShare(rows, 'w1', period)).toEqual(shiftShare(8, 12));
  });

  it('is null (not provided) when a row lacks the split, as from a v1 API', () => {
    expect(
      patrolShiftShare([row('2026-01', 3, 7), pat('w1', '2026-02', [4, 0, 0, 0])], 'w1', period),
    ).toBeNull();
  });
});
