import { describe, expect, it } from 'vitest';
import { change, ratio } from './figures';
import { DEFAULT_TARGETS, incidentTargetMet, mediationTargetMet } from './targets';

describe('targets', () => {
  it('judges the mediation rate against the target, inclusive', () => {
    expect(mediationTargetMet(ratio(80, 100), DEFAULT_TARGETS)).toBe(true);
    expect(mediationTargetMet(ratio(79, 100), DEFAULT_TARGETS)).toBe(false);
    expect(mediationTargetMet(ratio(0, 0), DEFAULT_TARGETS)).toBeNull();
  });

  it('judges the yearly incident reduction, with no verdict on a zero or small base', () => {
    expect(incidentTargetMet(change(85, 100), DEFAULT_TARGETS)).toBe(true);
    expect(incidentTargetMet(change(86, 100), DEFAULT_TARGETS)).toBe(false);
    expect(incidentTargetMet(change(120, 100), DEFAULT_TARGETS)).toBe(false);
    expect(incidentTargetMet(change(5, 0), DEFAULT_TARGETS)).toBeNull();
    expect(incidentTargetMet(change(1, 9), DEFAULT_TARGETS)).toBeNull();
  });
});
