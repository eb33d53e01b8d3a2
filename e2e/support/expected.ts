// Expected figures computed straight from the mock generator's raw per-ward data, independently of
// the mock's HTTP handlers and of the app's figures module: if either aggregates wrongly, the
// e2e tests see a different number on screen.
import { DEFAULT_SHAPE, generateDataset, OUTCOME_ORDER, type Dataset } from '../../mocks/generator';
import { scenarioDataset } from '../../mocks/scenario';
import { AS_OF, SEED, SPEC_SHAPE, type MockScenario } from './fixtures';

/** The data set the mock serves for `scenario` (as the browser's mock builds it). */
export function pinnedDataset(scenario: MockScenario = {}): Dataset {
  return generateDataset(
    scenarioDataset({
      seed: scenario.seed ?? SEED,
      asOf: scenario.asOf ?? AS_OF,
      shape: pinnedShape(scenario.shape),
      size: scenario.size ?? 'province',
      lagMonths: scenario.lagMonths ?? 0,
      unreported: scenario.unreported ?? [],
    }),
  );
}

/** The generator's shape for a scenario's: 'default' is the generator's own default. */
function pinnedShape(shape: MockScenario['shape']) {
  const s = shape ?? SPEC_SHAPE;
  return s === 'default' ? DEFAULT_SHAPE : s;
}

export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const total = y * 12 + (m - 1) + n;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

/** The default period: the last 12 complete months up to the pinned as-of month. */
export const LAST_12 = { from: addMonths(AS_OF, -11), to: AS_OF };

export function monthsOf(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = from; m <= to; m = addMonths(m, 1)) out.push(m);
  return out;
}

function wardRange(ds: Dataset, areaId: string): [number, number] {
  const i = ds.tree.indexById.get(areaId);
  if (i === undefined) throw new Error(`no area ${areaId}`);
  return [ds.tree.wardStart[i] ?? 0, ds.tree.wardEnd[i] ?? 0];
}

function sumMonths(
  ds: Dataset,
  areaId: string,
  months: string[],
  pick: (w: number, m: number) => number,
): number {
  const [start, end] = wardRange(ds, areaId);
  let sum = 0;
  for (const month of months) {
    const m = ds.monthIndex(month);
    if (m < 0) continue;
    for (let w = start; w < end; w++) sum += pick(w, m);
  }
  return sum;
}

export interface ExpectedFigures {
  incidents: number;
  priorIncidents: number;
  resolved: number;
  closed: number;
  priorResolved: number;
  priorClosed: number;
  patrols: number;
  priorPatrols: number;
  /** Active groups of every type. */
  activeGroups: number;
  /** Of those, the security-and-order groups ("tổ tự quản ANTT"). */
  securityGroups: number;
  /** Of those, the groups that patrol: security-and-order groups and people's patrol teams. */
  patrollingGroups: number;
  members: number;
  covered: number;
  residentialAreas: number;
  cameras: number;
  population: number;
  monthly: Array<{ month: string; current: number; prior: number }>;
}

export function expectedFigures(ds: Dataset, areaId: string, from: string, to: string): ExpectedFigures {
  const months = monthsOf(from, to);
  const prior = months.map((m) => addMonths(m, -12));
  const incidents = (w: number, m: number) => ds.wardMonthly(w).incidentTotal[m] ?? 0;
  const outcome = (o: (typeof OUTCOME_ORDER)[number]) => (w: number, m: number) =>
    ds.wardMonthly(w).outcomes[m * OUTCOME_ORDER.length + OUTCOME_ORDER.indexOf(o)] ?? 0;
  const closed = (w: number, m: number) =>
    outcome('resolved')(w, m) + outcome('referred')(w, m) + outcome('unresolved')(w, m);
  const patrols = (w: number, m: number) => ds.wardMonthly(w).patrols[m] ?? 0;

  const [start, end] = wardRange(ds, areaId);
  let activeGroups = 0;
  let securityGroups = 0;
  let patrollingGroups = 0;
  let members = 0;
  let covered = 0;
  for (let w = start; w < end; w++) {
    const active = ds.wardGroups(w).filter((g) => g.status === 'active');
    activeGroups += active.length;
    securityGroups += active.filter((g) => g.type === 'security_order').length;
    // Written out here, not imported from the app: the generator gives patrols to these two types.
    patrollingGroups += active.filter(
      (g) => g.type === 'security_order' || g.type === 'people_patrol',
    ).length;
    members += active.reduce((s, g) => s + g.members, 0);
    covered += new Set(active.map((g) => g.residentialArea)).size;
  }
  const area = ds.area(areaId);
  if (!area) throw new Error(`no area ${areaId}`);
  return {
    incidents: sumMonths(ds, areaId, months, incidents),
    priorIncidents: sumMonths(ds, areaId, prior, incidents),
    resolved: sumMonths(ds, areaId, months, outcome('resolved')),
    closed: sumMonths(ds, areaId, months, closed),
    priorResolved: sumMonths(ds, areaId, prior, outcome('resolved')),
    priorClosed: sumMonths(ds, areaId, prior, closed),
    patrols: sumMonths(ds, areaId, months, patrols),
    priorPatrols: sumMonths(ds, areaId, prior, patrols),
    activeGroups,
    securityGroups,
    patrollingGroups,
    members,
    covered,
    residentialAreas: area.residentialAreas,
    cameras: area.cameras,
    population: area.population,
    monthly: months.map((month, i) => ({
      month,
      current: sumMonths(ds, areaId, [month], incidents),
      prior: sumMonths(ds, areaId, [prior[i] as string], incidents),
    })),
  };
}

/** Formats like the app does for a locale, so the test compares what a reader sees. */
export function formatFor(tag: string) {
  const num = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
  const pct = new Intl.NumberFormat(tag, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  const shortMonth = new Intl.DateTimeFormat(tag, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  /**
   * A month on an axis or in a table. Vietnamese reports write "T1/2026" (Intl's "thg 1 2026" is
   * not that); English and French use Intl's short month with the full year.
   */
  const monthShort = (month: string) => {
    const [y, m] = month.split('-').map(Number) as [number, number];
    return tag.startsWith('vi') ? `T${m}/${y}` : shortMonth.format(new Date(Date.UTC(y, m - 1, 1)));
  };
  return { number: (n: number) => num.format(n), percent: (f: number) => pct.format(f), monthShort };
}
