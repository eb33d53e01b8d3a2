// Expected figures of the deck's slides beyond e2e/support/expected.ts, straight from the
// generator's per-ward data (independently of the mock handlers and of the app's figures module).
import { MEDIATION_CATEGORY_COUNT, OUTCOME_ORDER, type Dataset } from '../../mocks/generator';
import { addMonths, monthsOf } from './expected';

function wardRange(ds: Dataset, areaId: string): [number, number] {
  const i = ds.tree.indexById.get(areaId);
  if (i === undefined) throw new Error(`no area ${areaId}`);
  return [ds.tree.wardStart[i] ?? 0, ds.tree.wardEnd[i] ?? 0];
}

function sum(ds: Dataset, areaId: string, months: string[], pick: (w: number, m: number) => number): number {
  const [start, end] = wardRange(ds, areaId);
  let total = 0;
  for (const month of months) {
    const m = ds.monthIndex(month);
    if (m < 0) continue;
    for (let w = start; w < end; w++) total += pick(w, m);
  }
  return total;
}

const outcome = (ds: Dataset, o: (typeof OUTCOME_ORDER)[number]) => (w: number, m: number) =>
  ds.wardMonthly(w).outcomes[m * OUTCOME_ORDER.length + OUTCOME_ORDER.indexOf(o)] ?? 0;

/**
 * Cases received in the period (all categories) and those still open, against a year earlier;
 * and month by month, the cases resolved locally and closed (resolved, referred or unresolved).
 */
export function expectedMediation(ds: Dataset, areaId: string, from: string, to: string) {
  const months = monthsOf(from, to);
  const prior = months.map((m) => addMonths(m, -12));
  const received = (w: number, m: number) => {
    let n = 0;
    const cases = ds.wardMonthly(w).mediation;
    for (let c = 0; c < MEDIATION_CATEGORY_COUNT; c++) n += cases[m * MEDIATION_CATEGORY_COUNT + c] ?? 0;
    return n;
  };
  const resolved = outcome(ds, 'resolved');
  const closed = (w: number, m: number) =>
    resolved(w, m) + outcome(ds, 'referred')(w, m) + outcome(ds, 'unresolved')(w, m);
  return {
    received: sum(ds, areaId, months, received),
    priorReceived: sum(ds, areaId, prior, received),
    referred: sum(ds, areaId, months, outcome(ds, 'referred')),
    unresolved: sum(ds, areaId, months, outcome(ds, 'unresolved')),
    pending: sum(ds, areaId, months, outcome(ds, 'pending')),
    monthly: months.map((month) => {
      const priorMonth = addMonths(month, -12);
      return {
        month,
        resolved: sum(ds, areaId, [month], resolved),
        closed: sum(ds, areaId, [month], closed),
        priorResolved: sum(ds, areaId, [priorMonth], resolved),
        priorClosed: sum(ds, areaId, [priorMonth], closed),
      };
    }),
  };
}

/**
 * Patrols, hours (each patrol lasts 1.5 h plus extra half hours) and findings in the period; and
 * the patrols month by month against the same month a year earlier.
 */
export function expectedPatrols(ds: Dataset, areaId: string, from: string, to: string) {
  const months = monthsOf(from, to);
  const patrolsIn = (w: number, m: number) => ds.wardMonthly(w).patrols[m] ?? 0;
  const patrols = sum(ds, areaId, months, patrolsIn);
  const extra = sum(ds, areaId, months, (w, m) => ds.wardMonthly(w).extraHalfHours[m] ?? 0);
  return {
    patrols,
    hours: (3 * patrols + extra) / 2,
    findings: sum(ds, areaId, months, (w, m) => ds.wardMonthly(w).findings[m] ?? 0),
    monthly: months.map((month) => ({
      month,
      patrols: sum(ds, areaId, [month], patrolsIn),
      prior: sum(ds, areaId, [addMonths(month, -12)], patrolsIn),
    })),
  };
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/**
 * The area's children ranked by incidents per 10,000 residents over the period, fewest first; ties
 * by name, then id; areas without residents last.
 */
export function expectedRanking(ds: Dataset, areaId: string, from: string, to: string) {
  const months = monthsOf(from, to);
  const rows = ds.areas
    .filter((a) => a.parentId === areaId)
    .map((a) => {
      const incidents = sum(ds, a.id, months, (w, m) => ds.wardMonthly(w).incidentTotal[m] ?? 0);
      return {
        id: a.id,
        name: a.name,
        incidents,
        rate: a.population === 0 ? null : (incidents / a.population) * 10_000,
      };
    });
  return rows.sort(
    (a, b) =>
      (a.rate ?? Number.POSITIVE_INFINITY) - (b.rate ?? Number.POSITIVE_INFINITY) ||
      collator.compare(a.name, b.name) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
