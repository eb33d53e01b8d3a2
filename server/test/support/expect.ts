// Expectations computed from the generator (never copied figures), and the contract's list order.
import type { Dataset } from '../../../mocks/generator';
import { foldText } from '../../../mocks/api/query';

/** Indices into ds.months of the inclusive range from–to (clipped to the history). */
export function monthRange(ds: Dataset, from: string, to: string): number[] {
  const out: number[] = [];
  ds.months.forEach((m, i) => {
    if (m >= from && m <= to) out.push(i);
  });
  return out;
}

/** Ward indices under an area. */
export function wardsOf(ds: Dataset, areaId: string): number[] {
  const i = ds.tree.indexById.get(areaId);
  if (i === undefined) throw new Error(`no area ${areaId}`);
  const out: number[] = [];
  for (let w = ds.tree.wardStart[i] ?? 0; w < (ds.tree.wardEnd[i] ?? 0); w++) out.push(w);
  return out;
}

/** Σ over wards × months of one monthly series. */
export function monthlySum(
  ds: Dataset,
  areaId: string,
  months: readonly number[],
  pick: (w: number, m: number) => number,
): number {
  let sum = 0;
  for (const w of wardsOf(ds, areaId)) for (const m of months) sum += pick(w, m);
  return sum;
}

const TEXT = new Set(['name', 'groupName', 'leader', 'residentialArea', 'note']);

type Key = string | number | null;

function key(item: Record<string, unknown>, field: string): Key {
  const v = item[field];
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return TEXT.has(field) ? `${foldText(v)}\u0001${v}` : v;
  return null;
}

/** The contract's order: by `field` (text folded, nulls last ascending), ties by id ascending. */
export function compareItems(field: string, descending: boolean) {
  return (a: Record<string, unknown>, b: Record<string, unknown>): number => {
    const ka = key(a, field);
    const kb = key(b, field);
    let c = 0;
    if (ka !== kb) c = ka === null ? 1 : kb === null ? -1 : ka < kb ? -1 : 1;
    if (descending) c = -c;
    if (c !== 0 || field === 'id') return c;
    return String(a.id) < String(b.id) ? -1 : String(a.id) > String(b.id) ? 1 : 0;
  };
}

/** `value`, or a failed test naming `what` (instead of a non-null assertion). */
export function must<T>(value: T | undefined | null, what = 'value'): T {
  if (value === undefined || value === null) throw new Error(`test setup: no ${what}`);
  return value;
}
