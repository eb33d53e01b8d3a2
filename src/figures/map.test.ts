import { describe, expect, it } from 'vitest';
import type { Area, GroupStat } from '../api/schemas';
import { camerasPerHouseholds } from './figures';
import { classIndex, mapValues, quantileClasses } from './map';
import type { AreaFigures } from './ranking';

describe('quantileClasses', () => {
  it('cuts ten values into five classes of two, with their limits', () => {
    const { classes, breaks } = quantileClasses([10, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(breaks).toEqual([3, 5, 7, 9]);
    expect(classes.map((c) => [c.from, c.to, c.count])).toEqual([
      [1, 2, 2],
      [3, 4, 2],
      [5, 6, 2],
      [7, 8, 2],
      [9, 10, 2],
    ]);
  });

  it('keeps equal values in one class (fewer classes), and leaves out areas without data', () => {
    const { classes } = quantileClasses([0, 0, 0, 0, 0, 0, 1, 2, null]);
    expect(classes.map((c) => [c.from, c.to, c.count])).toEqual([
      [0, 0, 6],
      [1, 2, 2],
    ]);
    expect(quantileClasses([null]).classes).toEqual([]);
  });

  it('puts a value in the class whose lower limit it reaches', () => {
    expect(classIndex([3, 5], 2.9)).toBe(0);
    expect(classIndex([3, 5], 3)).toBe(1);
    expect(classIndex([3, 5], 9)).toBe(2);
  });
});

describe('camerasPerHouseholds', () => {
  it('is per 1,000 households, null without any', () => {
    expect(camerasPerHouseholds(25, 5000)).toBe(5);
    expect(camerasPerHouseholds(3, 0)).toBeNull();
  });
});

describe('mapValues', () => {
  const area = { id: 'w1', households: 2000, cameras: 10 } as Area;
  const figures = {
    id: 'w1',
    population: 20000,
    incidentRate: 4,
    incidents: { current: 8, prior: 10, delta: -2, ratio: -0.2, smallBase: false, direction: 'down' },
    mediationRate: { numerator: 3, denominator: 4, value: 0.75 },
    coverage: { numerator: 9, denominator: 12, value: 0.75 },
    patrols: 30,
  } as AreaFigures;
  const groups = [
    { areaId: 'w1', byType: { security_order: 4, people_patrol: 2, mediation: 5 } } as GroupStat,
  ];
  const areas = new Map([['w1', area]]);

  it('gives each figure with what it was computed from', () => {
    const one = (f: Parameters<typeof mapValues>[0]) => mapValues(f, [figures], areas, groups)[0];
    expect(one('incidentRate')).toMatchObject({ value: 4, numerator: 8, denominator: 20000, small: true });
    expect(one('incidentChange')).toMatchObject({ value: -0.2, numerator: 8, denominator: 10, small: false });
    expect(one('mediationRate')).toMatchObject({ value: 0.75, numerator: 3, denominator: 4, small: true });
    expect(one('patrolsPerGroup')).toMatchObject({ value: 5, numerator: 30, denominator: 6 });
    expect(one('camerasPerHouseholds')).toMatchObject({ value: 5, numerator: 10, denominator: 2000 });
    expect(one('coverage')).toMatchObject({ value: 0.75, change: -0.2 });
  });

  it('has no patrols per group while the group rows are unknown', () => {
    expect(mapValues('patrolsPerGroup', [figures], areas, null)[0]?.value).toBeNull();
  });
});
