import { describe, expect, it } from 'vitest';
import { niceScale } from './scale';

describe('niceScale', () => {
  it('rounds the top up to a nice step, whole numbers for counts', () => {
    expect(niceScale([3, 47, 12])).toEqual({ max: 60, ticks: [0, 20, 40, 60] });
    expect(niceScale([100])).toEqual({ max: 100, ticks: [0, 25, 50, 75, 100] });
    expect(niceScale([1234])).toEqual({ max: 1500, ticks: [0, 500, 1000, 1500] });
  });

  it('never gives fractional steps for counts', () => {
    expect(niceScale([3])).toEqual({ max: 3, ticks: [0, 1, 2, 3] });
    expect(niceScale([9])).toEqual({ max: 9, ticks: [0, 3, 6, 9] });
  });

  it('has a visible axis for all zeros, nulls or nothing', () => {
    expect(niceScale([0, 0])).toEqual({ max: 4, ticks: [0, 1, 2, 3, 4] });
    expect(niceScale([])).toEqual({ max: 4, ticks: [0, 1, 2, 3, 4] });
    expect(niceScale([null, null], { integer: false })).toEqual({ max: 1, ticks: [0, 0.25, 0.5, 0.75, 1] });
  });

  it('scales fractions without float drift', () => {
    expect(niceScale([0.93, 0.8], { integer: false })).toEqual({ max: 1, ticks: [0, 0.25, 0.5, 0.75, 1] });
    expect(niceScale([0.31], { integer: false })).toEqual({ max: 0.4, ticks: [0, 0.1, 0.2, 0.3, 0.4] });
  });

  it('ignores negative and non-finite values', () => {
    expect(niceScale([-5, Number.NaN, Number.POSITIVE_INFINITY, 8]).max).toBe(8);
  });
});
