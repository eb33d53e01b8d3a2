// Individual patrols and mediation cases of one ward-month, derived deterministically
// from the monthly sums (a PRNG seeded from hash(seed, wardId, month) partitions them).
import type { Group, MediationCase, MediationOutcome, Patrol } from '../../src/api/schemas';
import { mediationCategories } from '../../src/api/vocabulary';
import { dateInMonth, daysInMonth, formatDayNumber, monthStartDay } from './dates';
// The dashboard divides patrols by the groups of these types: the same list assigns them here.
import { PATROLLING_GROUP_TYPES } from '../../src/figures/group-types';
import { MEDIATION_CATEGORY_COUNT, OUTCOME_ORDER, type WardMonthly } from './monthly';
import { patrolNote } from './names';
import { partition, Rng } from './random';
import type { WardMeta } from './types';

/** A random candidate's id, else the ward's first group of `fallbackType` (it predates the history). */
function pickGroup(
  rng: Rng,
  candidates: readonly Group[],
  all: readonly Group[],
  fallbackType: string,
): string {
  if (candidates.length > 0) return rng.pick(candidates).id;
  return (all.find((g) => g.type === fallbackType) ?? all[0])?.id ?? '';
}

function groupNames(groups: readonly Group[]): Map<string, string> {
  return new Map(groups.map((g) => [g.id, g.name]));
}

export function derivePatrols(
  seed: number,
  ward: WardMeta,
  month: string,
  m: number,
  monthly: WardMonthly,
  groups: readonly Group[],
): Patrol[] {
  const rng = Rng.from(seed, 'patrols', ward.area.id, month);
  const n = monthly.patrols[m] ?? 0;
  const participants = partition(rng, n, monthly.participants[m] ?? 0, 3, 10);
  const extras = partition(rng, n, monthly.extraHalfHours[m] ?? 0, 0, 7);
  const findings = partition(rng, n, monthly.findings[m] ?? 0, 0, 3);
  // Active patrol-capable groups, oldest first: those founded by a patrol's date are a prefix.
  const patrolGroups = groups
    .filter((g) => PATROLLING_GROUP_TYPES.includes(g.type) && g.status === 'active')
    .sort((a, b) => (a.establishedOn < b.establishedOn ? -1 : a.establishedOn > b.establishedOn ? 1 : 0));
  const days = daysInMonth(month);
  const dates = Array.from({ length: days }, (_, d) => dateInMonth(month, d + 1));
  const fallback = groups.find((g) => g.type === 'security_order')?.id ?? '';
  // The month's night patrols are fixed by the monthly data (so /stats/patrols' nightPatrols equal
  // the list's); which patrols they are is this month's draw.
  const night = monthly.nightPatrols[m] ?? 0;
  const shifts = rng.shuffle(
    Array.from({ length: n }, (_, i): Patrol['shift'] => (i < night ? 'night' : 'day')),
  );
  const names = groupNames(groups);
  const patrols = Array.from({ length: n }, (_, i): Patrol => {
    const date = dates[rng.int(0, days - 1)] ?? dates[0] ?? '';
    let existing = 0;
    while (existing < patrolGroups.length && (patrolGroups[existing]?.establishedOn ?? '') <= date)
      existing++;
    const shift = shifts[i] ?? 'day';
    const found = findings[i] ?? 0;
    const groupId = existing > 0 ? (patrolGroups[rng.int(0, existing - 1)]?.id ?? fallback) : fallback;
    return {
      id: '',
      groupId,
      groupName: names.get(groupId) ?? null,
      wardId: ward.area.id,
      date,
      shift,
      durationMinutes: 90 + 30 * (extras[i] ?? 0),
      participants: participants[i] ?? 3,
      findings: found,
      note: patrolNote(rng, found, ward.police),
    };
  });
  // Chronological ids: by date, day shift before night shift ('day' < 'night').
  patrols.sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.shift < b.shift ? -1 : a.shift > b.shift ? 1 : 0,
  );
  const prefix = `${ward.area.id}-${month}-p`;
  patrols.forEach((p, i) => (p.id = prefix + String(i + 1).padStart(2, '0')));
  return patrols;
}

const CLOSE_DAYS: Record<Exclude<MediationOutcome, 'pending'>, readonly [number, number]> = {
  resolved: [2, 30],
  referred: [5, 45],
  unresolved: [10, 60],
};

export function deriveMediationCases(
  seed: number,
  ward: WardMeta,
  month: string,
  m: number,
  monthly: WardMonthly,
  groups: readonly Group[],
  asOfEndDay: number,
): MediationCase[] {
  const rng = Rng.from(seed, 'mediation', ward.area.id, month);
  // The month's cases as (category, outcome) pairs, as the monthly data counts them (so
  // /stats/mediation's byCategory equals the list's), in this month's order.
  const pairs: Array<{ c: number; outcome: MediationOutcome }> = [];
  for (let c = 0; c < MEDIATION_CATEGORY_COUNT; c++) {
    OUTCOME_ORDER.forEach((outcome, o) => {
      const k = monthly.caseOutcomes[(m * MEDIATION_CATEGORY_COUNT + c) * OUTCOME_ORDER.length + o] ?? 0;
      for (let j = 0; j < k; j++) pairs.push({ c, outcome });
    });
  }
  rng.shuffle(pairs);
  const names = groupNames(groups);
  const start = monthStartDay(month);
  const days = daysInMonth(month);
  const teams = groups.filter((g) => g.type === 'mediation');
  const drafts = pairs.map(({ c, outcome }) => {
    // A closed case needs a later closing day no later than the end of the as-of month.
    const lastDay = outcome === 'pending' ? days : Math.max(1, Math.min(days, asOfEndDay - start));
    const received = start + rng.int(1, lastDay) - 1;
    let closed: number | null = null;
    if (outcome !== 'pending') {
      const [lo, hi] = CLOSE_DAYS[outcome];
      closed = Math.min(received + rng.int(lo, hi), asOfEndDay);
    }
    const receivedOn = formatDayNumber(received);
    const eligible = teams.filter((g) => g.status === 'active' && g.establishedOn <= receivedOn);
    const groupId = pickGroup(rng, eligible, groups, 'mediation');
    return {
      category: mediationCategories[c] ?? 'other',
      outcome,
      receivedOn,
      closedOn: closed === null ? null : formatDayNumber(closed),
      groupId,
    };
  });
  drafts.sort((a, b) => (a.receivedOn < b.receivedOn ? -1 : a.receivedOn > b.receivedOn ? 1 : 0));
  return drafts.map((d, i): MediationCase => ({
    id: `${ward.area.id}-${month}-m${String(i + 1).padStart(2, '0')}`,
    wardId: ward.area.id,
    groupId: d.groupId,
    groupName: names.get(d.groupId) ?? null,
    category: d.category,
    receivedOn: d.receivedOn,
    closedOn: d.closedOn,
    outcome: d.outcome,
  }));
}
