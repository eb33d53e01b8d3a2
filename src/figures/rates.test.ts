import { describe, expect, it } from 'vitest';
import { ratio, SMALL_BASE } from './figures';
import { rateShown } from './rates';

describe('rateShown', () => {
  it('marks a rate on fewer than SMALL_BASE cases as small numbers, with its counts', () => {
    expect(rateShown(ratio(1, 1))).toEqual({ value: 1, numerator: 1, denominator: 1, small: true });
    expect(rateShown(ratio(0, 3)).small).toBe(true);
    expect(rateShown(ratio(SMALL_BASE - 1, SMALL_BASE - 1)).small).toBe(true);
  });

  it('shows a rate on SMALL_BASE cases or more as it is, and no rate without cases', () => {
    expect(rateShown(ratio(7, SMALL_BASE)).small).toBe(false);
    expect(rateShown(ratio(0, 0))).toEqual({ value: null, numerator: 0, denominator: 0, small: false });
  });
});
