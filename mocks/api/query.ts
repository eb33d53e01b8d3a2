// Generic list machinery shared by every paginated endpoint: time slicing (so long
// loops never block the main thread for more than a few ms), sorting, paging.
import type { Page } from '../../src/api/schemas';
import { WARD_NAME_SORT } from '../../src/api/sort-fields';
import type { Paging } from './params';

/** Work budget between two yields to the event loop. */
export const SLICE_MS = 8;

export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Call `tick()` often inside a long loop; it yields once the current slice used up its budget. */
export class TimeSlicer {
  private sliceStart = performance.now();

  async tick(): Promise<void> {
    if (performance.now() - this.sliceStart < SLICE_MS) return;
    await yieldToEventLoop();
    this.sliceStart = performance.now();
  }
}

/** Folds case and Vietnamese diacritics: "Hòa Bình" and "ĐÔNG" → "hoa binh", "dong". */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/đ/g, 'd')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Fields holding human text: sorted diacritic-insensitively (then exactly), not by code unit. */
const TEXT_FIELDS = new Set(['name', 'groupName', 'leader', 'residentialArea', 'note']);

type SortKey = string | number | null;

function sortKey(value: unknown, text: boolean): SortKey {
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return text ? `${foldText(value)}\u0001${value}` : value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return null;
}

/** Ascending order with nulls last (so descending puts nulls first, as in SQL). */
function compareKeys(a: SortKey, b: SortKey): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/**
 * The permutation sorting `keys` (ties broken by ascending `ties`), as a time-sliced merge
 * sort: blocks are sorted natively, then merged pass by pass with yields in between.
 */
export async function sortOrder(
  keys: readonly SortKey[],
  ties: readonly number[],
  descending: boolean,
  slicer: TimeSlicer,
): Promise<number[]> {
  const n = keys.length;
  const sign = descending ? -1 : 1;
  const cmp = (a: number, b: number): number =>
    compareKeys(keys[a] ?? null, keys[b] ?? null) * sign || (ties[a] ?? 0) - (ties[b] ?? 0);
  const BLOCK = 2048;
  let src = Array.from({ length: n }, (_, i) => i);
  for (let lo = 0; lo < n; lo += BLOCK) {
    const block = src.slice(lo, lo + BLOCK).sort(cmp);
    for (let k = 0; k < block.length; k++) src[lo + k] = block[k] as number;
    await slicer.tick();
  }
  let dst = new Array<number>(n);
  for (let width = BLOCK; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) {
        if ((k & 4095) === 0) await slicer.tick();
        dst[k++] = cmp(src[i] as number, src[j] as number) <= 0 ? (src[i++] as number) : (src[j++] as number);
      }
      while (i < mid) dst[k++] = src[i++] as number;
      while (j < hi) dst[k++] = src[j++] as number;
    }
    [src, dst] = [dst, src];
  }
  return src;
}

/** What a list endpoint scans: records per ward-month (groups use a single "month"). */
export interface Scan<T> {
  wardStart: number;
  wardEnd: number;
  monthStart: number;
  monthEnd: number;
  /** Records of ward `w`, month `m`; `cache` is false for scans too big to cache. */
  records(w: number, m: number, cache: boolean): readonly T[];
  keep(item: T): boolean;
  /** Rank of ward `w` by id; with (m, index) it orders records as their ids do. */
  wardRank(w: number): number;
  /** Ward-months that fit the record cache. */
  cacheLimit: number;
  /** Sort key of ward `w`'s name, for `sort=wardName` (a sort field no record has). */
  wardNameRank(w: number): number;
}

/**
 * Filters, sorts and pages a scan without holding on to the matching records: only their
 * sort keys and positions are collected (cheap for the GC), and the page's items are
 * fetched again at the end. Ties (and sort=id) follow id order, so pages are stable.
 */
export async function pageOfScan<T extends { id: string }>(
  scan: Scan<T>,
  paging: Paging,
  slicer: TimeSlicer,
): Promise<Page<T>> {
  const months = scan.monthEnd - scan.monthStart;
  const cache = (scan.wardEnd - scan.wardStart) * months <= scan.cacheLimit;
  const byId = paging.sortField === 'id';
  const byWardName = paging.sortField === WARD_NAME_SORT;
  const text = TEXT_FIELDS.has(paging.sortField);
  const keys: SortKey[] = [];
  const ties: number[] = [];
  const refs: number[] = [];
  for (let w = scan.wardStart; w < scan.wardEnd; w++) {
    const rank = scan.wardRank(w);
    const wardName = byWardName ? scan.wardNameRank(w) : 0;
    for (let m = scan.monthStart; m < scan.monthEnd; m++) {
      const records = scan.records(w, m, cache);
      for (let i = 0; i < records.length; i++) {
        const item = records[i] as T;
        if (!scan.keep(item)) continue;
        const tie = (rank * months + (m - scan.monthStart)) * 1000 + i;
        ties.push(tie);
        refs.push((w * months + (m - scan.monthStart)) * 1000 + i);
        keys.push(
          byId
            ? tie
            : byWardName
              ? wardName
              : sortKey((item as Record<string, unknown>)[paging.sortField], text),
        );
      }
      await slicer.tick();
    }
  }
  const order = await sortOrder(keys, ties, paging.descending, slicer);
  const start = (paging.page - 1) * paging.pageSize;
  const items = order.slice(start, start + paging.pageSize).map((k) => {
    const ref = refs[k] ?? 0;
    const i = ref % 1000;
    const wm = (ref - i) / 1000;
    const m = wm % months;
    return scan.records((wm - m) / months, scan.monthStart + m, true)[i] as T;
  });
  return { items, total: keys.length, page: paging.page, pageSize: paging.pageSize };
}
