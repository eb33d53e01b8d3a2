// The 2025 reform applied to a generated province: since 1 July 2025 there is no district level, and
// the communes, wards and special zones (xã, phường, đặc khu) that the province administers directly
// were formed by merging the former ones. The generator draws each new unit's facts as the sum of the
// units it was merged from, and its monthly history (before July 2025 too) for the new unit's
// territory as a whole: the history "re-aggregated onto today's units" by construction.
import { residentialAreaNames, uniquePlaceName, type ResidentialStyle } from './names';
import { Rng } from './random';
import type { WardKind, WardMeta } from './types';

/** The date the reform took effect (Resolution 202/2025/QH15 and the merger resolutions). */
export const REFORM_DATE = '2025-07-01';

export interface WardFacts {
  population: number;
  households: number;
  residentialAreas: number;
  cameras: number;
}

export type WardNode = {
  id: string;
  name: string;
  ward: { facts: WardFacts; meta: Omit<WardMeta, 'index' | 'area' | 'groupCounts'> };
  formerNames?: string[];
};

/** A former district's wards, before the reform, as the older tree has them. */
export interface FormerDistrict {
  urban: boolean;
  /** An island district: it becomes one special zone (đặc khu). */
  island: boolean;
  baseName: string;
  wards: readonly WardNode[];
}

export const WARD_PREFIX: Record<WardKind, string> = {
  phuong: 'Phường',
  xa: 'Xã',
  'thi-tran': 'Thị trấn',
  'dac-khu': 'Đặc khu',
};
export const POLICE: Record<WardKind, string> = {
  phuong: 'Công an phường',
  xa: 'Công an xã',
  'thi-tran': 'Công an thị trấn',
  'dac-khu': 'Công an đặc khu',
};

/**
 * How many former units make one new unit: `mild` for the default province (170 → ~110 units, a
 * province of the size issue 10 asks for), `national` for the country (~10,300 → ~3,300, the
 * reform's real ratio).
 */
const GROUP_SIZES = {
  mild: { sizes: [1, 2, 3], weights: [0.55, 0.37, 0.08] },
  national: { sizes: [2, 3, 4], weights: [0.1, 0.45, 0.45] },
} as const;
export type MergeRatio = keyof typeof GROUP_SIZES;

function sumFacts(parts: readonly WardFacts[]): WardFacts {
  const out: WardFacts = { population: 0, households: 0, residentialAreas: 0, cameras: 0 };
  for (const p of parts) {
    out.population += p.population;
    out.households += p.households;
    out.residentialAreas += p.residentialAreas;
    out.cameras += p.cameras;
  }
  return out;
}

/**
 * The province's units after the reform, in the order of the former districts. Uses its own random
 * stream so that the older trees (with or without districts) stay exactly as they were.
 */
export function reformProvince(
  seed: number,
  provinceId: string,
  districts: readonly FormerDistrict[],
  used: Set<string>,
  ratio: MergeRatio,
  urbanStyle: ResidentialStyle,
): WardNode[] {
  const rng = Rng.from(seed, 'reform', provinceId);
  const { sizes, weights } = GROUP_SIZES[ratio];
  const out: WardNode[] = [];
  const push = (kind: WardKind, baseName: string, parts: readonly WardNode[], style: ResidentialStyle) => {
    const facts = sumFacts(parts.map((p) => p.ward.facts));
    const name = `${WARD_PREFIX[kind]} ${baseName}`;
    const formerNames = parts.map((p) => p.name);
    const unchanged = formerNames.length === 1 && formerNames[0] === name;
    out.push({
      id: `${provinceId}w${String(out.length + 1).padStart(3, '0')}`,
      name,
      ward: {
        facts,
        meta: {
          kind,
          urban: kind === 'phuong',
          baseName,
          police: POLICE[kind],
          residentialAreaNames: residentialAreaNames(rng, style, facts.residentialAreas),
        },
      },
      ...(unchanged ? {} : { formerNames }),
    });
  };
  for (const district of districts) {
    const ruralStyle: ResidentialStyle = rng.chance(0.7) ? 'thon' : 'ap';
    if (district.island) {
      push('dac-khu', district.baseName, district.wards, ruralStyle);
      continue;
    }
    for (let i = 0; i < district.wards.length;) {
      const n = Math.min(sizes[rng.weightedIndex(weights)] ?? 1, district.wards.length - i);
      const parts = district.wards.slice(i, i + n);
      i += n;
      // Townships (thị trấn) are gone: a unit with a former ward in a town or city is a ward,
      // everything else is a commune.
      const kind: WardKind =
        district.urban && parts.some((p) => p.ward.meta.kind === 'phuong') ? 'phuong' : 'xa';
      const first = parts[0] as WardNode;
      // Many merged units took a new name, others kept one of the former ones.
      const keepsName = parts.length === 1 || rng.chance(0.5);
      const baseName = keepsName ? first.ward.meta.baseName : uniquePlaceName(rng, used);
      push(kind, baseName, parts, kind === 'phuong' ? urbanStyle : ruralStyle);
    }
  }
  return out;
}
