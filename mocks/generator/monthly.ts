// Monthly aggregates per ward — the primary data. Lists of patrols and mediation cases
// are derived from these sums on demand (records.ts), so stats and lists always agree.
import { incidentCategories, mediationCategories } from '../../src/api/vocabulary';
import { detRoot, Rng } from './random';
import type { WardMeta } from './types';
import { typeIndex } from './groups';

export const INCIDENT_CATEGORY_COUNT = incidentCategories.length;
const FIRE = incidentCategories.indexOf('fire');
export const MEDIATION_CATEGORY_COUNT = mediationCategories.length;
/** Order of the outcome counters in WardMonthly.outcomes. */
export const OUTCOME_ORDER = ['resolved', 'referred', 'unresolved', 'pending'] as const;

export interface WardMonthly {
  /** Incidents by month and category: [m * 7 + c] in `incidentCategories` order. */
  readonly incidents: Uint16Array;
  readonly incidentTotal: Uint16Array;
  /** Patrol count, participant sum, findings sum per month. */
  readonly patrols: Uint16Array;
  readonly participants: Uint16Array;
  readonly findings: Uint16Array;
  /** Σ (durationMinutes − 90) / 30 per month; hours = 1.5 · patrols + 0.5 · this. */
  readonly extraHalfHours: Uint16Array;
  /** Mediation cases received per month by category: [m * 6 + c] in `mediationCategories` order. */
  readonly mediation: Uint8Array;
  /** Outcomes of the cases received per month: [m * 4 + o] in OUTCOME_ORDER. */
  readonly outcomes: Uint8Array;
  /** The same cases by category and outcome: [(m * 6 + c) * 4 + o]; sums to `mediation`/`outcomes`. */
  readonly caseOutcomes: Uint8Array;
  /** Night-shift patrols per month (the rest of `patrols` are day patrols). */
  readonly nightPatrols: Uint16Array;
}

/** Tết (late Jan / Feb) peak, a smaller year-end peak. Index 0 = January. */
const INCIDENT_SEASON = [1.3, 1.35, 1.05, 0.95, 0.92, 0.95, 1.0, 0.98, 0.95, 0.95, 1.0, 1.15];
const PATROL_SEASON = [1.25, 1.3, 1.0, 0.95, 1.0, 1.0, 1.0, 1.0, 1.05, 1.0, 1.0, 1.15];
const MEDIATION_SEASON = [1.2, 0.85, 1.0, 1.0, 1.0, 0.95, 0.95, 1.0, 1.0, 1.0, 1.05, 1.2];
/** Dry-season fire risk, Jan–Apr. */
const FIRE_SEASON = [1.4, 1.6, 1.5, 1.3, 1.0, 0.8, 0.7, 0.7, 0.8, 0.9, 1.0, 1.2];
// public_order, property, drugs, social_evils, fire, traffic, other
const CATEGORY_URBAN = [0.27, 0.3, 0.09, 0.07, 0.04, 0.18, 0.05];
const CATEGORY_RURAL = [0.28, 0.22, 0.08, 0.1, 0.08, 0.17, 0.07];
// land, family, neighbour, debt, commercial, other
const MEDIATION_URBAN = [0.18, 0.22, 0.28, 0.14, 0.1, 0.08];
const MEDIATION_RURAL = [0.36, 0.22, 0.22, 0.11, 0.03, 0.06];

function clamp(v: number, lo: number, hi: number): number {
  return v < lo ? lo : v > hi ? hi : v;
}

/**
 * Aggregates for one ward over `calendarMonths` (1–12 for each month of the history,
 * ascending; the last one is the as-of month).
 */
export function generateWardMonthly(
  seed: number,
  ward: WardMeta,
  calendarMonths: readonly number[],
): WardMonthly {
  const rng = Rng.from(seed, 'monthly', ward.area.id);
  const M = calendarMonths.length;
  const pop = ward.area.population;
  const out: WardMonthly = {
    incidents: new Uint16Array(M * INCIDENT_CATEGORY_COUNT),
    incidentTotal: new Uint16Array(M),
    patrols: new Uint16Array(M),
    participants: new Uint16Array(M),
    findings: new Uint16Array(M),
    extraHalfHours: new Uint16Array(M),
    mediation: new Uint8Array(M * MEDIATION_CATEGORY_COUNT),
    outcomes: new Uint8Array(M * OUTCOME_ORDER.length),
    caseOutcomes: new Uint8Array(M * MEDIATION_CATEGORY_COUNT * OUTCOME_ORDER.length),
    nightPatrols: new Uint16Array(M),
  };
  // A stream of its own, so adding the shift split left every other generated value as it was.
  const shiftRng = Rng.from(seed, 'shifts', ward.area.id);

  // Incidents: most wards with an active movement fall 15–25 % a year, ≈15 % rise 5–30 %.
  const annual = rng.chance(0.15) ? 1 + rng.range(0.05, 0.3) : 1 - rng.range(0.15, 0.25);
  const perMonth = detRoot(annual, 12);
  let trend = 1;
  for (let m = 0; m < Math.floor((M - 1) / 2); m++) trend /= perMonth; // 1 at mid-history
  const lambda =
    (1.5 + (Math.max(0, pop - 4000) / 26000) * 5.5) *
    (ward.kind === 'phuong' ? 1.1 : 1) *
    rng.range(0.85, 1.15);
  const catWeights = (ward.urban ? CATEGORY_URBAN : CATEGORY_RURAL).map((w) => w * rng.range(0.7, 1.3));
  const catSum = catWeights.reduce((a, b) => a + b, 0);
  const monthWeights = new Float64Array(INCIDENT_CATEGORY_COUNT);

  // Patrols: 6–30 a month, 3–10 participants, 90–300 minutes in 30-minute steps, 0–3 findings.
  const securityGroups =
    (ward.groupCounts[typeIndex('security_order')] ?? 0) +
    (ward.groupCounts[typeIndex('people_patrol')] ?? 0);
  const patrolBase = 8 + Math.min(12, securityGroups / 3) + rng.range(-2, 2);
  const participantMean = rng.range(4.5, 6.5);
  const extraMean = rng.range(1.5, 3.5);
  const findingRate = rng.range(0.2, 0.7);

  // Mediation: 0–8 cases a month; 70–85 % of closed cases resolved (ward-specific).
  const medLambda = (0.6 + pop / 9000) * rng.range(0.8, 1.2);
  const medWeights = ward.urban ? MEDIATION_URBAN : MEDIATION_RURAL;
  const resolveRate = rng.range(0.725, 0.825);
  let closed = 0;
  let resolved = 0;

  for (let m = 0; m < M; m++) {
    const cal = (calendarMonths[m] ?? 1) - 1;
    // Poisson total split over categories (Poisson splitting): the same distribution as
    // independent per-category draws, at a fraction of the cost.
    let expected = 0;
    for (let c = 0; c < INCIDENT_CATEGORY_COUNT; c++) {
      const w = (catWeights[c] ?? 0) * (c === FIRE ? (FIRE_SEASON[cal] ?? 1) : (INCIDENT_SEASON[cal] ?? 1));
      monthWeights[c] = w;
      expected += w;
    }
    const total = Math.min(9999, rng.poisson((lambda * trend * expected) / catSum));
    for (let k = 0; k < total; k++) {
      const slot = m * INCIDENT_CATEGORY_COUNT + rng.weightedIndex(monthWeights);
      out.incidents[slot] = (out.incidents[slot] ?? 0) + 1;
    }
    out.incidentTotal[m] = total;
    trend *= perMonth;

    const n = clamp(Math.round(patrolBase * (PATROL_SEASON[cal] ?? 1) * (1 + 0.12 * rng.normal())), 6, 30);
    out.patrols[m] = n;
    let night = 0;
    for (let k = 0; k < n; k++) if (shiftRng.chance(0.6)) night++;
    out.nightPatrols[m] = night;
    out.participants[m] = clamp(Math.round(n * participantMean * (1 + 0.08 * rng.normal())), 3 * n, 10 * n);
    out.extraHalfHours[m] = clamp(Math.round(n * extraMean * (1 + 0.1 * rng.normal())), 0, 7 * n);
    out.findings[m] = Math.min(3 * n, rng.poisson(n * findingRate * (0.5 + 0.5 * Math.min(trend, 1.5))));

    const cases = Math.min(8, rng.poisson(medLambda * (MEDIATION_SEASON[cal] ?? 1)));
    const pendingShare = m === M - 1 ? 0.55 : m === M - 2 ? 0.2 : 0;
    for (let k = 0; k < cases; k++) {
      const cat = m * MEDIATION_CATEGORY_COUNT + rng.weightedIndex(medWeights);
      out.mediation[cat] = (out.mediation[cat] ?? 0) + 1;
      let o: number;
      if (rng.chance(pendingShare)) o = 3;
      else {
        // Error diffusion keeps each ward's resolved share at its rate over the history.
        closed++;
        if (Math.round(resolveRate * closed) > resolved) {
          resolved++;
          o = 0;
        } else o = rng.chance(0.6) ? 1 : 2;
      }
      const slot = m * OUTCOME_ORDER.length + o;
      out.outcomes[slot] = (out.outcomes[slot] ?? 0) + 1;
      const pair = cat * OUTCOME_ORDER.length + o;
      out.caseOutcomes[pair] = (out.caseOutcomes[pair] ?? 0) + 1;
    }
  }
  return out;
}
