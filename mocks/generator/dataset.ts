// The Dataset: the area tree eagerly; groups, monthly aggregates (per ward, cached) and
// derived records (per ward-month, in a bounded LRU cache) lazily.
import type { Area, Group, MediationCase, Patrol } from '../../src/api/schemas';
import { buildAreaTree } from './areas';
import { calendarMonth, isMonth, monthEndDay, monthOrdinal, monthStartDay, monthsEndingAt } from './dates';
import { generateWardGroups } from './groups';
import { generateWardMonthly, INCIDENT_CATEGORY_COUNT, type WardMonthly } from './monthly';
import { deriveMediationCases, derivePatrols } from './records';
import type { AreaTree, GenerateOptions, Shape, SizeOption, WardMeta } from './types';

export const DEFAULT_SEED = 2025;
/** Today's tree (since the 2025 reform); the older trees are scenarios. */
export const DEFAULT_SHAPE: Shape = 'reformed';
/** Default as-of month when none is given (the generator never reads the clock). */
export const DEFAULT_AS_OF = '2026-10';
export const DEFAULT_MONTHS = 60;
/** Ward-months of derived records kept per record kind. */
export const RECORD_CACHE_SIZE = 4096;

class BoundedCache<V> {
  private readonly map = new Map<number, V>();
  constructor(private readonly capacity: number) {}
  /** The cached value, else `make()` — stored only when `store` (big scans pass false). */
  get(key: number, make: () => V, store: boolean): V {
    const hit = this.map.get(key);
    if (hit !== undefined) {
      if (store) {
        this.map.delete(key);
        this.map.set(key, hit);
      }
      return hit;
    }
    const value = make();
    if (!store) return value;
    this.map.set(key, value);
    if (this.map.size > this.capacity) {
      const oldest = this.map.keys().next();
      if (!oldest.done) this.map.delete(oldest.value);
    }
    return value;
  }
}

export class Dataset {
  readonly seed: number;
  readonly asOf: string;
  readonly size: SizeOption;
  readonly shape: Shape;
  /** History months, ascending; the last one is `asOf`. */
  readonly months: readonly string[];
  readonly tree: AreaTree;
  private readonly calendar: number[];
  private readonly firstOrdinal: number;
  private readonly historyStartDay: number;
  private readonly asOfEndDay: number;
  private readonly groupCache: Array<Group[] | undefined>;
  private readonly monthlyCache: Array<WardMonthly | undefined>;
  private readonly patrolCache = new BoundedCache<Patrol[]>(RECORD_CACHE_SIZE);
  private readonly mediationCache = new BoundedCache<MediationCase[]>(RECORD_CACHE_SIZE);
  /** Unreported month indices per ward index. */
  private readonly unreported = new Map<number, ReadonlySet<number>>();
  private allGroups: Group[] | undefined;
  private ranks: number[] | undefined;

  constructor(options: GenerateOptions = {}) {
    this.seed = (options.seed ?? DEFAULT_SEED) >>> 0;
    this.asOf = options.asOf ?? DEFAULT_AS_OF;
    if (!isMonth(this.asOf)) throw new Error(`asOf must be a month "YYYY-MM", got "${this.asOf}"`);
    this.size = options.size ?? 'province';
    this.shape = options.shape ?? DEFAULT_SHAPE;
    const count = Math.max(1, Math.floor(options.months ?? DEFAULT_MONTHS));
    this.months = monthsEndingAt(this.asOf, count);
    this.calendar = this.months.map(calendarMonth);
    this.firstOrdinal = monthOrdinal(this.months[0] ?? this.asOf);
    this.historyStartDay = monthStartDay(this.months[0] ?? this.asOf);
    this.asOfEndDay = monthEndDay(this.asOf);
    this.tree = buildAreaTree(this.seed, this.size, this.shape);
    this.groupCache = new Array<Group[] | undefined>(this.tree.wards.length);
    this.monthlyCache = new Array<WardMonthly | undefined>(this.tree.wards.length);
    for (const { wardId, month } of options.unreported ?? []) {
      const w = this.wardIndex(wardId);
      if (w < 0) throw new Error(`unreported: no ward with id "${wardId}"`);
      const m = this.monthIndex(month);
      if (m < 0) continue;
      this.unreported.set(w, new Set([...(this.unreported.get(w) ?? []), m]));
    }
  }

  /** The first month with data. */
  get dataFrom(): string {
    return this.months[0] ?? this.asOf;
  }

  /** Whether ward `w` submitted its report for month `m` (indices). */
  reported(w: number, m: number): boolean {
    return !this.unreported.get(w)?.has(m);
  }

  /** The whole tree in depth-first pre-order (root first). */
  get areas(): readonly Area[] {
    return this.tree.areas;
  }

  get root(): Area {
    return this.tree.areas[0] as Area;
  }

  get wards(): readonly WardMeta[] {
    return this.tree.wards;
  }

  area(id: string): Area | undefined {
    const i = this.tree.indexById.get(id);
    return i === undefined ? undefined : this.tree.areas[i];
  }

  /** Position of a "YYYY-MM" month in `months`, or -1. */
  monthIndex(month: string): number {
    const i = monthOrdinal(month) - this.firstOrdinal;
    return i >= 0 && i < this.months.length ? i : -1;
  }

  /** Ward index of a ward id, or -1. */
  wardIndex(id: string): number {
    const i = this.tree.indexById.get(id);
    return i !== undefined && this.tree.areas[i]?.level === 'ward' ? (this.tree.wardStart[i] ?? -1) : -1;
  }

  wardGroups(w: number): readonly Group[] {
    let groups = this.groupCache[w];
    if (!groups) {
      const ward = this.wardAt(w);
      groups = generateWardGroups(this.seed, ward, this.historyStartDay, this.asOfEndDay);
      this.groupCache[w] = groups;
    }
    return groups;
  }

  /** All groups in tree order (materializes every ward's groups). */
  groups(): readonly Group[] {
    if (!this.allGroups) this.allGroups = this.tree.wards.flatMap((_, w) => this.wardGroups(w));
    return this.allGroups;
  }

  /** Group by id (ids are "<wardId>-g<nnn>"), or undefined. */
  group(id: string): Group | undefined {
    const cut = id.lastIndexOf('-g');
    const w = cut > 0 ? this.wardIndex(id.slice(0, cut)) : -1;
    return w < 0 ? undefined : this.wardGroups(w).find((g) => g.id === id);
  }

  wardMonthly(w: number): WardMonthly {
    let monthly = this.monthlyCache[w];
    if (!monthly) {
      monthly = generateWardMonthly(this.seed, this.wardAt(w), this.calendar);
      // An unreported ward-month has no incident data; patrols and mediation are kept.
      for (const m of this.unreported.get(w) ?? []) {
        monthly.incidents.fill(0, m * INCIDENT_CATEGORY_COUNT, (m + 1) * INCIDENT_CATEGORY_COUNT);
        monthly.incidentTotal[m] = 0;
      }
      this.monthlyCache[w] = monthly;
    }
    return monthly;
  }

  /**
   * Patrols of ward `w` in month `m` (indices), derived from the monthly sums. Kept in a
   * bounded LRU cache unless `cache` is false (scans bigger than the cache).
   */
  patrols(w: number, m: number, cache = true): readonly Patrol[] {
    return this.patrolCache.get(
      w * this.months.length + m,
      () =>
        derivePatrols(this.seed, this.wardAt(w), this.monthAt(m), m, this.wardMonthly(w), this.wardGroups(w)),
      cache,
    );
  }

  /** Mediation cases received in ward `w` in month `m`; caching as for patrols. */
  mediationCases(w: number, m: number, cache = true): readonly MediationCase[] {
    return this.mediationCache.get(
      w * this.months.length + m,
      () =>
        deriveMediationCases(
          this.seed,
          this.wardAt(w),
          this.monthAt(m),
          m,
          this.wardMonthly(w),
          this.wardGroups(w),
          this.asOfEndDay,
        ),
      cache,
    );
  }

  /**
   * Rank of ward `w` when wards are ordered by id (string order). Record ids start with the
   * ward id, then the month, then a zero-padded sequence, so (rank, month, index) orders
   * records exactly as their ids do.
   */
  wardRank(w: number): number {
    if (!this.ranks) {
      const order = this.tree.wards.map((_, i) => i);
      const ids = this.tree.wards.map((x) => x.area.id);
      order.sort((a, b) => ((ids[a] ?? '') < (ids[b] ?? '') ? -1 : 1));
      this.ranks = new Array<number>(order.length);
      order.forEach((ward, rank) => ((this.ranks as number[])[ward] = rank));
    }
    return this.ranks[w] ?? w;
  }

  private wardAt(w: number): WardMeta {
    const ward = this.tree.wards[w];
    if (!ward) throw new RangeError(`No ward at index ${w}`);
    return ward;
  }

  private monthAt(m: number): string {
    const month = this.months[m];
    if (month === undefined) throw new RangeError(`No month at index ${m}`);
    return month;
  }
}

/**
 * A pure, seeded data set. Same options ⇒ identical data in every environment.
 * Only the area tree is built here; groups, monthly aggregates and records are
 * generated lazily on first use and cached.
 */
export function generateDataset(options: GenerateOptions = {}): Dataset {
  return new Dataset(options);
}
