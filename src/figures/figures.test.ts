import { describe, it, expect } from 'vitest';
import {
  change,
  changeTone,
  coverage,
  incidentRate,
  incidentTotals,
  mediationTotals,
  monthlySeries,
  patrolTotals,
  pointsChange,
  pointsShown,
  priorInData,
  priorRatio,
  ratio,
  resolutionRate,
  roundsToZero,
  sumOver,
} from './figures';
import { inc, med, pat } from './test-rows';

describe('change', () => {
  it('is a relative change with its delta', () => {
    expect(change(15, 20)).toEqual({
      current: 15,
      prior: 20,
      delta: -5,
      ratio: -0.25,
      smallBase: false,
      direction: 'down',
    });
    expect(change(30, 20).ratio).toBe(0.5);
  });

  it('has no percentage from a zero prior — null, never Infinity or NaN', () => {
    expect(change(5, 0)).toEqual({
      current: 5,
      prior: 0,
      delta: 5,
      ratio: null,
      smallBase: true,
      direction: 'up',
    });
    expect(change(0, 0)).toEqual({
      current: 0,
      prior: 0,
      delta: 0,
      ratio: null,
      smallBase: true,
      direction: 'flat',
    });
  });

  it('flags a small base below 10, not at 10', () => {
    expect(change(12, 9).smallBase).toBe(true);
    expect(change(12, 10).smallBase).toBe(false);
    expect(change(0, 10).smallBase).toBe(false);
  });

  it('gives the direction of the delta', () => {
    expect(change(11, 10).direction).toBe('up');
    expect(change(9, 10).direction).toBe('down');
    expect(change(10, 10).direction).toBe('flat');
    expect(change(0, 12)).toMatchObject({ delta: -12, ratio: -1, direction: 'down' });
  });
});

describe('a change that shows as 0.0 %', () => {
  it('is flat and neutral below half a step of the shown precision', () => {
    // −0.04 %: shown as "0.0 %", so neither down nor good news.
    const c = change(9996, 10000);
    expect(c).toMatchObject({ delta: -4, direction: 'flat' });
    expect(changeTone(c, 'down')).toBe('neutral');
    expect(change(10004, 10000).direction).toBe('flat');
  });

  it('keeps its direction from half a step on', () => {
    // −0.06 % shows as "0.1 %" down; exactly 0.05 % rounds away from zero, so it shows too.
    expect(change(9994, 10000)).toMatchObject({ delta: -6, direction: 'down' });
    expect(changeTone(change(9994, 10000), 'down')).toBe('good');
    expect(change(10005, 10000).direction).toBe('up');
  });

  it('agrees with what Intl shows at one decimal', () => {
    const pct = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 1 });
    for (const r of [0.0004, 0.00049, 0.0005, 0.0006, -0.0004, -0.0006])
      expect(roundsToZero(r), String(r)).toBe(pct.format(Math.abs(r)) === '0%');
  });
});

describe('pointsShown', () => {
  it('is flat and neutral when the change shows as 0.0 points', () => {
    expect(pointsShown(-0.0004, 100, 'up')).toEqual({ direction: 'flat', tone: 'neutral' });
    expect(pointsShown(0, 100, 'up')).toEqual({ direction: 'flat', tone: 'neutral' });
  });

  it('colours a shown change by which direction is better', () => {
    expect(pointsShown(-0.0006, 100, 'up')).toEqual({ direction: 'down', tone: 'bad' });
    expect(pointsShown(0.02, 100, 'up')).toEqual({ direction: 'up', tone: 'good' });
  });

  it('never colours a change on a small base', () => {
    expect(pointsShown(0.2, 9, 'up')).toEqual({ direction: 'up', tone: 'smallNumbers' });
  });
});

describe('change before the data begins', () => {
  const dataFrom = '2022-01';
  it('states no change when the comparison period starts before the data', () => {
    const c = change(120, 0, { from: '2022-01', to: '2022-12', dataFrom });
    expect(c).toMatchObject({ current: 120, ratio: null, priorBeforeData: dataFrom, direction: 'flat' });
    expect(changeTone(c, 'down')).toBe('neutral');
  });
  it('also when only the first months of the comparison are missing', () => {
    expect(change(5, 3, { from: '2022-11', to: '2023-10', dataFrom }).priorBeforeData).toBe(dataFrom);
  });
  it('gives no prior rate from the few months of the comparison period that have data', () => {
    const partial = { from: '2022-01', to: '2022-12', dataFrom };
    expect(priorInData(partial)).toBe(false);
    expect(priorRatio(partial, ratio(3, 4)).value).toBeNull();
    expect(priorRatio({ ...partial, from: '2023-01', to: '2023-12' }, ratio(3, 4)).value).toBe(0.75);
  });
  it('is an ordinary change once the comparison period is inside the data', () => {
    const c = change(90, 100, { from: '2023-01', to: '2023-12', dataFrom });
    expect(c.priorBeforeData).toBeUndefined();
    expect(c.ratio).toBeCloseTo(-0.1);
  });
});

describe('changeTone', () => {
  it('colours by which direction is better for the figure', () => {
    expect(changeTone(change(8, 20), 'down')).toBe('good');
    expect(changeTone(change(25, 20), 'down')).toBe('bad');
    expect(changeTone(change(25, 20), 'up')).toBe('good');
    expect(changeTone(change(20, 20), 'down')).toBe('neutral');
  });

  it('does not colour changes on a small base', () => {
    expect(changeTone(change(2, 9), 'down')).toBe('smallNumbers');
    expect(changeTone(change(3, 0), 'up')).toBe('smallNumbers');
  });

  it('never colours a figure that is neither good nor bad news (no better direction)', () => {
    expect(changeTone(change(8, 20))).toBe('neutral');
    expect(changeTone(change(25, 20))).toBe('neutral');
    expect(changeTone(change(2, 9))).toBe('smallNumbers');
  });
});

describe('pointsChange', () => {
  it('is the difference of the rates', () => {
    expect(pointsChange(0.75, 0.5)).toBe(0.25);
    expect(pointsChange(0.5, 0.75)).toBe(-0.25);
    expect(pointsChange(0, 0)).toBe(0);
  });

  it('is null when either rate is missing', () => {
    expect(pointsChange(null, 0.5)).toBeNull();
    expect(pointsChange(0.5, null)).toBeNull();
    expect(pointsChange(null, null)).toBeNull();
  });
});

describe('monthlySeries / sumOver', () => {
  const rows = [
    inc('w1', '2025-01', 4),
    // 2025-02 left out by the API: zero incidents
    inc('w1', '2025-03', 2),
    inc('w1', '2025-03', 1), // duplicate area-month
    inc('w2', '2025-01', 100), // other area
    inc('w1', '2024-12', 50), // before the period
    inc('w1', '2025-04', 60), // after the period
  ];
  const months = ['2025-01', '2025-02', '2025-03'];

  it('aligns to the months asked for, counting missing months as 0 and summing duplicates', () => {
    expect(monthlySeries(rows, 'w1', months, (r) => r.total)).toEqual([4, 0, 3]);
  });

  it('follows the order of the months given, not of the rows', () => {
    expect(monthlySeries(rows, 'w1', ['2025-03', '2024-12'], (r) => r.total)).toEqual([3, 50]);
  });

  it('is all zeros for an area without rows, and empty for no months', () => {
    expect(monthlySeries(rows, 'w9', months, (r) => r.total)).toEqual([0, 0, 0]);
    expect(monthlySeries(rows, 'w1', [], (r) => r.total)).toEqual([]);
  });

  it('sums only the area and period asked for', () => {
    expect(sumOver(rows, 'w1', { from: '2025-01', to: '2025-03' }, (r) => r.total)).toBe(7);
    expect(sumOver(rows, 'w2', { from: '2025-01', to: '2025-03' }, (r) => r.total)).toBe(100);
    expect(sumOver(rows, 'w1', { from: '2024-12', to: '2025-04' }, (r) => r.total)).toBe(117);
  });

  it('is 0 for an inverted period', () => {
    expect(sumOver(rows, 'w1', { from: '2025-03', to: '2025-01' }, (r) => r.total)).toBe(0);
  });
});

describe('incidentTotals', () => {
  it('fills every category, missing keys counting as 0, and keeps the API total', () => {
    const rows = [
      inc('w1', '2025-01', 5, { property: 3, drugs: 1 }),
      inc('w1', '2025-02', 2, { property: 1, traffic: 1 }),
      inc('w2', '2025-02', 9, { property: 9 }),
      inc('w1', '2025-03', 7, { fire: 7 }),
    ];
    expect(incidentTotals(rows, 'w1', { from: '2025-01', to: '2025-02' })).toEqual({
      total: 7,
      byCategory: { public_order: 0, property: 4, drugs: 1, social_evils: 0, fire: 0, traffic: 1, other: 0 },
    });
  });

  it('is all zeros with no rows', () => {
    const totals = incidentTotals([], 'w1', { from: '2025-01', to: '2025-02' });
    expect(totals.total).toBe(0);
    expect(Object.values(totals.byCategory)).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });
});

describe('mediation', () => {
  it('sums every outcome over the area and period only', () => {
    const rows = [
      med('w1', '2025-01', [5, 3, 1, 0, 1]),
      med('w1', '2025-02', [4, 2, 0, 1, 1]),
      med('w2', '2025-01', [50, 50, 0, 0, 0]),
      med('w1', '2025-06', [9, 9, 0, 0, 0]),
    ];
    expect(mediationTotals(rows, 'w1', { from: '2025-01', to: '2025-03' })).toEqual({
      received: 9,
      resolved: 5,
      referred: 1,
      unresolved: 1,
      pending: 2,
    });
  });

  it('rates resolved over closed cases, leaving pending out', () => {
    expect(resolutionRate([{ resolved: 6, referred: 1, unresolved: 1 }])).toEqual({
      numerator: 6,
      denominator: 8,
      value: 0.75,
    });
    expect(resolutionRate([med('w1', '2025-01', [10, 3, 1, 0, 6])])).toEqual({
      numerator: 3,
      denominator: 4,
      value: 0.75,
    });
  });

  it('adds up several rows before dividing', () => {
    const rate = resolutionRate([
      { resolved: 1, referred: 0, unresolved: 0 },
      { resolved: 0, referred: 2, unresolved: 1 },
    ]);
    expect(rate).toEqual({ numerator: 1, denominator: 4, value: 0.25 });
  });

  it('has no rate without closed cases', () => {
    expect(resolutionRate([])).toEqual({ numerator: 0, denominator: 0, value: null });
    expect(resolutionRate([{ resolved: 0, referred: 0, unresolved: 0 }]).value).toBeNull();
  });

  it('has no rate when every case is still pending', () => {
    const totals = mediationTotals([med('w1', '2025-01', [4, 0, 0, 0, 4])], 'w1', {
      from: '2025-01',
      to: '2025-01',
    });
    expect(totals.pending).toBe(4);
    expect(resolutionRate([totals])).toEqual({ numerator: 0, denominator: 0, value: null });
  });

  it('is 0 (not null) when cases closed but none locally', () => {
    expect(resolutionRate([{ resolved: 0, referred: 2, unresolved: 1 }]).value).toBe(0);
  });
});

describe('incidentRate', () => {
  it('is incidents per 10,000 residents', () => {
    expect(incidentRate(7, 8000)).toBe(8.75);
    expect(incidentRate(0, 8000)).toBe(0);
  });

  it('is null with no population', () => {
    expect(incidentRate(3, 0)).toBeNull();
    expect(incidentRate(0, 0)).toBeNull();
  });
});

describe('coverage / ratio', () => {
  it('keeps numerator and denominator with the share', () => {
    expect(coverage(9, 12)).toEqual({ numerator: 9, denominator: 12, value: 0.75 });
    expect(coverage(0, 12)).toEqual({ numerator: 0, denominator: 12, value: 0 });
  });

  it('has no share with 0 residential areas', () => {
    expect(coverage(0, 0)).toEqual({ numerator: 0, denominator: 0, value: null });
    expect(ratio(3, 0).value).toBeNull();
  });
});

describe('patrolTotals', () => {
  it('sums the area and period only', () => {
    const rows = [
      pat('w1', '2025-01', [10, 40, 20.5, 2]),
      pat('w1', '2025-02', [8, 30, 16, 1]),
      pat('w1', '2025-02', [1, 2, 1, 0]), // duplicate area-month
      pat('w2', '2025-02', [99, 99, 99, 99]),
      pat('w1', '2024-12', [77, 77, 77, 77]),
    ];
    expect(patrolTotals(rows, 'w1', { from: '2025-01', to: '2025-03' })).toEqual({
      patrols: 19,
      participants: 72,
      patrolHours: 37.5,
      findings: 3,
    });
  });
});
