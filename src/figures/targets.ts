import type { Change, Ratio } from './figures';

/** What the steering committee aims for; set in the browser, defaults from the movement's plans. */
export interface Targets {
  /** Minimum local mediation resolution rate, as a fraction (0.8 = 80 %). */
  mediationRate: number;
  /** Minimum yearly fall in incidents, as a fraction (0.15 = 15 % fewer than a year earlier). */
  incidentReduction: number;
}

export const DEFAULT_TARGETS: Targets = { mediationRate: 0.8, incidentReduction: 0.15 };

/** Met, not met, or null when there is nothing to judge (no closed cases). */
export function mediationTargetMet(rate: Ratio, targets: Targets): boolean | null {
  return rate.value === null ? null : rate.value >= targets.mediationRate;
}

/**
 * Met when incidents fell by at least the target share. Null when there is no percentage (prior 0)
 * or the base is too small for a percentage to mean anything.
 */
export function incidentTargetMet(change: Change, targets: Targets): boolean | null {
  if (change.ratio === null || change.smallBase) return null;
  return change.ratio <= -targets.incidentReduction;
}
