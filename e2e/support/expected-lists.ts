// Expected records and pages of the Mediation, Groups and Patrols views, computed straight from the
// mock generator's raw per-ward data (Dataset.mediationCases / patrols / wardGroups), independently
// of the mock's HTTP handlers and of the app: if either filters, sorts or pages wrongly, the e2e
// tests see different rows on screen.
import type { Dataset } from '../../mocks/generator';
import type { Group, MediationCase, Patrol } from '../../src/api/schemas';
import { nameCollator } from '../../src/lib/collation';
import { monthsOf } from './expected';

function wardIndices(ds: Dataset, areaId: string): number[] {
  const i = ds.tree.indexById.get(areaId);
  if (i === undefined) throw new Error(`no area ${areaId}`);
  const out: number[] = [];
  for (let w = ds.tree.wardStart[i] ?? 0; w < (ds.tree.wardEnd[i] ?? 0); w++) out.push(w);
  return out;
}

function perWardMonth<T>(
  ds: Dataset,
  areaId: string,
  from: string,
  to: string,
  records: (w: number, m: number) => readonly T[],
): T[] {
  const months = monthsOf(from, to)
    .map((month) => ds.monthIndex(month))
    .filter((m) => m >= 0);
  return wardIndices(ds, areaId).flatMap((w) => months.flatMap((m) => records(w, m)));
}

/** Cases received in the area's wards in the months from–to. */
export function casesIn(ds: Dataset, areaId: string, from: string, to: string): MediationCase[] {
  return perWardMonth(ds, areaId, from, to, (w, m) => ds.mediationCases(w, m));
}

export function patrolsIn(ds: Dataset, areaId: string, from: string, to: string): Patrol[] {
  return perWardMonth(ds, areaId, from, to, (w, m) => ds.patrols(w, m));
}

export function groupsIn(ds: Dataset, areaId: string): Group[] {
  return wardIndices(ds, areaId).flatMap((w) => ds.wardGroups(w));
}

/** Local resolution rate: resolved / (resolved + referred + unresolved); pending cases left out. */
export function mediationRate(cases: readonly MediationCase[]) {
  const resolved = cases.filter((c) => c.outcome === 'resolved').length;
  const closed = cases.filter((c) => c.outcome !== 'pending').length;
  return { resolved, closed, rate: resolved / closed };
}

/** Case and Vietnamese diacritics folded, as the contract's `q` matches names. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Sorted as the contract says: by the field (nulls last ascending, first descending), ties by
 * id ascending. Only non-text fields here (text fields sort diacritic-insensitively).
 */
export function sortedBy<T extends { id: string }>(
  items: readonly T[],
  field: keyof T & string,
  descending: boolean,
) {
  const key = (item: T): string | number | null => {
    const v = item[field];
    return typeof v === 'string' || typeof v === 'number' ? v : null;
  };
  const ascending = (a: T, b: T): number => {
    const x = key(a);
    const y = key(b);
    if (x === y) return 0;
    if (x === null) return 1;
    if (y === null) return -1;
    return x < y ? -1 : 1;
  };
  return [...items].sort((a, b) => ascending(a, b) * (descending ? -1 : 1) || (a.id < b.id ? -1 : 1));
}

/**
 * Sorted as `sort=wardName` says: by the name of the record's ward in Vietnamese collation (ICU's
 * `vi`: a < ă < â, d < đ, numbers by value), ties by id ascending. The ward names come from the
 * generator's tree, not from the screen.
 */
export function sortedByWardName<T extends { id: string; wardId: string }>(
  ds: Dataset,
  items: readonly T[],
  descending: boolean,
): T[] {
  const name = new Map(ds.wards.map((w) => [w.area.id, w.area.name]));
  const ward = (item: T) => name.get(item.wardId) ?? '';
  return [...items].sort(
    (a, b) => nameCollator.compare(ward(a), ward(b)) * (descending ? -1 : 1) || (a.id < b.id ? -1 : 1),
  );
}

/** The ids on a 1-based page. */
export function pageIds(items: readonly { id: string }[], page: number, pageSize = 50): string[] {
  return items.slice((page - 1) * pageSize, page * pageSize).map((item) => item.id);
}

/** "2026-10-04" as the app shows a date in Vietnamese ("04/10/2026"). */
export function viDate(day: string): string {
  const [y, m, d] = day.split('-');
  return `${d}/${m}/${y}`;
}
