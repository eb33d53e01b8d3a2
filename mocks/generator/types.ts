// Shared generator types. API shapes come from the contract (src/api/schemas.ts).
import type { Area, AreaLevel } from '../../src/api/schemas';

/** 'reformed': today's tree (no district level since 1 July 2025); the others are older trees. */
export type Shape = 'reformed' | 'with-districts' | 'no-districts';
export type CustomSize = { provinces: number; districtsPerProvince: number; wardsPerDistrict: number };
export type SizeOption = 'province' | 'national' | CustomSize;

export interface GenerateOptions {
  seed?: number;
  /** Last complete month "YYYY-MM"; the history ends here. */
  asOf?: string;
  size?: SizeOption;
  shape?: Shape;
  /** Months of history ending at asOf (default 60). */
  months?: number;
  /**
   * Ward-months whose monthly report was not submitted: they have no incident data (zeroed) and
   * count as not reported in /stats/reporting. Default: every ward reports every month.
   */
  unreported?: ReadonlyArray<UnreportedWardMonth>;
}

export interface UnreportedWardMonth {
  wardId: string;
  /** "YYYY-MM"; months outside the history are ignored. */
  month: string;
}

export type WardKind = 'phuong' | 'xa' | 'thi-tran' | 'dac-khu';

/** Internal per-ward facts that drive the lazily generated groups and monthly data. */
export interface WardMeta {
  /** Position in Dataset.wards (tree order). */
  readonly index: number;
  readonly area: Area;
  readonly kind: WardKind;
  readonly urban: boolean;
  /** "Hòa Bình" for "Phường Hòa Bình". */
  readonly baseName: string;
  /** "Công an phường" / "Công an xã" / "Công an thị trấn". */
  readonly police: string;
  readonly residentialAreaNames: readonly string[];
  /** Number of groups per type, in the order of `groupTypes`. */
  groupCounts: number[];
}

/** The area tree in depth-first pre-order with index structures. */
export interface AreaTree {
  readonly areas: readonly Area[];
  /** id → position in `areas`. */
  readonly indexById: ReadonlyMap<string, number>;
  /** areas[i]'s subtree is areas[i .. subtreeEnd[i]). */
  readonly subtreeEnd: readonly number[];
  /** areas[i] covers wards[wardStart[i] .. wardEnd[i]). */
  readonly wardStart: readonly number[];
  readonly wardEnd: readonly number[];
  readonly wards: readonly WardMeta[];
  readonly levels: ReadonlySet<AreaLevel>;
}
