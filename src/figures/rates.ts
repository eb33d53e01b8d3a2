// The small-numbers rule for a rate itself (not only for its change): a share of fewer than
// SMALL_BASE cases swings from 0 % to 100 % on one case, so it is shown marked and muted, with its
// counts, never as a bare "0 %" or "100 %" beside rates of hundreds of cases.
import { SMALL_BASE, type Ratio } from './figures';

/** How a rate is shown: `small` when it rests on fewer than SMALL_BASE cases (but some). */
export type RateShown = { value: number | null; numerator: number; denominator: number; small: boolean };

export function rateShown(ratio: Ratio): RateShown {
  return {
    value: ratio.value,
    numerator: ratio.numerator,
    denominator: ratio.denominator,
    small: ratio.value !== null && ratio.denominator < SMALL_BASE,
  };
}
