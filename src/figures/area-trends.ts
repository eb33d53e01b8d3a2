// Month-by-month figures of one area for its trend charts (Area detail) and small multiples
// (Compare): incidents against the same month a year earlier with the usual range of that month,
// the local mediation resolution rate, and patrols. Charts plot these rows as they are.

import type { IncidentStat, MediationStat, PatrolStat } from '../api/schemas';
import { monthlySeries, resolutionRate, type Change, type Ratio } from './figures';
import { addMonths, compareMonths, monthsBetween, type Month, type Period } from './months';
import type { Targets } from './targets';
import { usualRange, usualRangeFlag, type UsualRangeFlag } from './usual-range';

export type TrendPoint = {
  month: Month;
  priorMonth: Month;
  incidents: number;
  priorIncidents: number;
  /** [low, high] of the month's usual range (earlier years' same month), null without enough years. */
  usualBand: [number, number] | null;
  usualFlag: UsualRangeFlag | null;
  /** Resolved locally of the cases closed in the month; `mediationRate` is its value (null: none closed). */
  mediation: Ratio;
  mediationRate: number | null;
  patrols: number;
};

export type IncidentTargetNote = {
  /** The yearly reduction aimed for (fraction) and the most incidents that meets it this period. */
  reduction: number;
  /** null when the prior period had none (nothing to reduce from) or too few to judge. */
  maxIncidents: number | null;
};

export type AreaTrendsInput = {
  areaId: string;
  period: Period;
  incidents: readonly IncidentStat[];
  mediation: readonly MediationStat[];
  patrols: readonly PatrolStat[];
  /** Months the API has data for (see usualRange); defaults to the earliest incidents row. */
  dataRange?: Period;
};

export function areaTrends(input: AreaTrendsInput): TrendPoint[] {
  const { areaId, period } = input;
  const months = monthsBetween(period.from, period.to);
  const priorMonths = months.map((m) => addMonths(m, -12));
  const own = input.incidents.filter((r) => r.areaId === areaId);
  let from = period.from;
  for (const r of own) if (compareMonths(r.month, from) < 0) from = r.month;
  const dataRange = input.dataRange ?? { from, to: period.to };
  const history = own.map((r) => ({ month: r.month, value: r.total }));

  const incidents = monthlySeries(own, areaId, months, (r) => r.total);
  const prior = monthlySeries(own, areaId, priorMonths, (r) => r.total);
  const patrols = monthlySeries(input.patrols, areaId, months, (r) => r.patrols);
  const byMonth = new Map<Month, MediationStat[]>();
  for (const r of input.mediation) {
    if (r.areaId !== areaId) continue;
    const list = byMonth.get(r.month) ?? [];
    list.push(r);
    byMonth.set(r.month, list);
  }

  return months.map((month, i) => {
    const range = usualRange(history, month, { dataRange });
    const mediation = resolutionRate(byMonth.get(month) ?? []);
    const count = incidents[i] ?? 0;
    return {
      month,
      priorMonth: priorMonths[i] ?? addMonths(month, -12),
      incidents: count,
      priorIncidents: prior[i] ?? 0,
      usualBand: range ? [range.low, range.high] : null,
      usualFlag: usualRangeFlag(count, range),
      mediation,
      mediationRate: mediation.value,
      patrols: patrols[i] ?? 0,
    };
  });
}

/** What the yearly incident-reduction target means for this period in incidents. */
export function incidentTargetNote(incidents: Change, targets: Targets): IncidentTargetNote {
  const judged = incidents.prior > 0 && !incidents.smallBase;
  return {
    reduction: targets.incidentReduction,
    // The tolerance keeps 100 × 0.85 = 84.99999… from rounding down to 84.
    maxIncidents: judged ? Math.floor(incidents.prior * (1 - targets.incidentReduction) + 1e-9) : null,
  };
}
