import { describe, it, expect } from 'vitest';
import type { Area, GroupStat, IncidentStat } from '../api/schemas';
import { overviewFigures } from './figures';
import { inc, med, pat } from './test-rows';

describe('overviewFigures', () => {
  const area: Area = {
    id: 'w1',
    name: 'Phường Bến Thành',
    level: 'ward',
    parentId: 'd1',
    population: 8000,
    households: 2100,
    residentialAreas: 12,
    cameras: 30,
  };
  const groups: GroupStat = {
    areaId: 'w1',
    activeGroups: 15,
    inactiveGroups: 2,
    members: 210,
    byType: { security_order: 10, mediation: 5 },
    coveredResidentialAreas: 9,
  };
  const incidents: IncidentStat[] = [
    inc('w1', '2025-01', 4, { property: 3, drugs: 1 }),
    // 2025-02: no row, i.e. 0 incidents
    inc('w1', '2025-03', 2, { public_order: 2 }),
    inc('w1', '2025-03', 1, { traffic: 1 }),
    inc('w1', '2024-01', 5),
    inc('w1', '2024-02', 3),
    inc('w1', '2024-03', 4),
    inc('w2', '2025-01', 100), // another ward
    inc('w1', '2024-12', 50), // between the two periods
    inc('w1', '2025-04', 60), // after the period
  ];
  const mediation = [
    med('w1', '2025-01', [5, 3, 1, 0, 1]),
    med('w1', '2025-03', [4, 3, 0, 1, 0]),
    med('w1', '2024-02', [5, 3, 1, 1, 0]),
    med('w2', '2025-01', [10, 10, 0, 0, 0]),
  ];
  const patrols = [
    pat('w1', '2025-01', [10, 40, 20.5, 2]),
    pat('w1', '2025-02', [8, 30, 16, 1]),
    pat('w1', '2024-01', [6, 20, 12, 0]),
    pat('w1', '2024-03', [3, 10, 6, 1]),
    pat('w2', '2025-02', [99, 99, 99, 99]),
  ];
  const period = { from: '2025-01', to: '2025-03' };

  it('computes every figure for the area, against the same months a year earlier', () => {
    const f = overviewFigures({ areaId: 'w1', period, area, incidents, mediation, patrols, groups });

    // Incidents: 4 + 0 + (2 + 1) = 7 now, 5 + 3 + 4 = 12 a year earlier.
    expect(f.incidents).toEqual({
      current: 7,
      prior: 12,
      delta: -5,
      ratio: -5 / 12,
      smallBase: false,
      direction: 'down',
    });
    // 7 / 8000 * 10,000 and 12 / 8000 * 10,000.
    expect(f.incidentRate).toEqual({ current: 8.75, prior: 15 });

    // Now: resolved 3 + 3 = 6 of closed (3+1+0) + (3+0+1) = 8; pending 1 left out. Before: 3 of 5.
    expect(f.mediationRate.current).toEqual({ numerator: 6, denominator: 8, value: 0.75 });
    expect(f.mediationRate.prior).toEqual({ numerator: 3, denominator: 5, value: 0.6 });
    expect(f.mediationRate.points).toBeCloseTo(0.15, 12);

    // Patrols: 10 + 8 = 18 against 6 + 3 = 9, a small base. Hours: 36.5 against 18.
    expect(f.patrols).toEqual({
      current: 18,
      prior: 9,
      delta: 9,
      ratio: 1,
      smallBase: true,
      direction: 'up',
    });
    expect(f.patrolHours).toEqual({
      current: 36.5,
      prior: 18,
      delta: 18.5,
      ratio: 18.5 / 18,
      smallBase: false,
      direction: 'up',
    });

    expect(f.activeGroups).toBe(15);
    expect(f.members).toBe(210);
    expect(f.coverage).toEqual({ numerator: 9, denominator: 12, value: 0.75 });
    expect(f.cameras).toBe(30);
    expect(f.population).toBe(8000);
    expect(f.period).toEqual(period);
    expect(f.priorPeriod).toEqual({ from: '2024-01', to: '2024-03' });

    expect(f.monthly).toEqual([
      { month: '2025-01', priorMonth: '2024-01', current: 4, prior: 5 },
      { month: '2025-02', priorMonth: '2024-02', current: 0, prior: 3 },
      { month: '2025-03', priorMonth: '2024-03', current: 3, prior: 4 },
    ]);
  });

  it('pairs months across a year boundary', () => {
    const f = overviewFigures({
      areaId: 'w1',
      period: { from: '2024-12', to: '2025-01' },
      area,
      incidents,
      mediation,
      patrols,
      groups,
    });
    expect(f.priorPeriod).toEqual({ from: '2023-12', to: '2024-01' });
    expect(f.monthly).toEqual([
      { month: '2024-12', priorMonth: '2023-12', current: 50, prior: 0 },
      { month: '2025-01', priorMonth: '2024-01', current: 4, prior: 5 },
    ]);
    expect(f.incidents).toMatchObject({ current: 54, prior: 5, delta: 49, smallBase: true, direction: 'up' });
    expect(f.incidents.ratio).toBe(49 / 5);
  });

  it('has nulls, not NaN or Infinity, for an area with no data at all', () => {
    const empty: Area = { ...area, id: 'w9', population: 0, residentialAreas: 0, cameras: 0 };
    const f = overviewFigures({
      areaId: 'w9',
      period,
      area: empty,
      incidents,
      mediation,
      patrols,
      groups: { ...groups, areaId: 'w9', coveredResidentialAreas: 0 },
    });
    expect(f.incidents).toEqual({
      current: 0,
      prior: 0,
      delta: 0,
      ratio: null,
      smallBase: true,
      direction: 'flat',
    });
    expect(f.incidentRate).toEqual({ current: null, prior: null });
    expect(f.mediationRate).toEqual({
      current: { numerator: 0, denominator: 0, value: null },
      prior: { numerator: 0, denominator: 0, value: null },
      points: null,
    });
    expect(f.patrols.ratio).toBeNull();
    expect(f.coverage).toEqual({ numerator: 0, denominator: 0, value: null });
    expect(f.monthly.map((m) => [m.current, m.prior])).toEqual([
      [0, 0],
      [0, 0],
      [0, 0],
    ]);
  });

  it('reports group figures as unknown without group stats for the area', () => {
    for (const g of [undefined, { ...groups, areaId: 'w2' }]) {
      const f = overviewFigures({ areaId: 'w1', period, area, incidents, mediation, patrols, groups: g });
      expect(f.activeGroups).toBeNull();
      expect(f.members).toBeNull();
      expect(f.coverage).toBeNull();
      expect(f.incidents.current).toBe(7);
    }
  });

  it('gives a prior mediation rate but no points change when the current period has no closed cases', () => {
    const f = overviewFigures({
      areaId: 'w1',
      period,
      area,
      incidents,
      mediation: [med('w1', '2025-02', [3, 0, 0, 0, 3]), med('w1', '2024-02', [2, 1, 1, 0, 0])],
      patrols,
      groups,
    });
    expect(f.mediationRate.current.value).toBeNull();
    expect(f.mediationRate.prior).toEqual({ numerator: 1, denominator: 2, value: 0.5 });
    expect(f.mediationRate.points).toBeNull();
  });
});
