// The administrative tree: country → provinces → (districts →) wards, with ward facts
// and rollups (non-ward population/households/residentialAreas/cameras = sums of wards). The default
// shape is today's ('reformed', reform.ts): the older trees are drawn first and then merged.
import type { Area, AreaLevel } from '../../src/api/schemas';
import { allocateGroupCounts } from './groups';
import { residentialAreaNames, uniquePlaceName, type ResidentialStyle } from './names';
import { Rng } from './random';
import {
  POLICE,
  REFORM_DATE,
  reformProvince,
  WARD_PREFIX,
  type FormerDistrict,
  type MergeRatio,
  type WardFacts,
} from './reform';
import type { AreaTree, Shape, SizeOption, WardKind, WardMeta } from './types';

type DistrictKind = 'thanh-pho' | 'thi-xa' | 'huyen';
interface DistrictPlan {
  kind: DistrictKind;
  phuong: number;
  thiTran: number;
  xa: number;
  /** An island district (it becomes a special zone, đặc khu, in the reformed tree). */
  island?: boolean;
}

/** The default province: 13 district-level localities, 170 wards/communes. */
const DEFAULT_PROVINCE: readonly DistrictPlan[] = [
  { kind: 'thanh-pho', phuong: 18, thiTran: 0, xa: 5 },
  { kind: 'thanh-pho', phuong: 10, thiTran: 0, xa: 6 },
  { kind: 'thi-xa', phuong: 6, thiTran: 0, xa: 9 },
  { kind: 'thi-xa', phuong: 5, thiTran: 0, xa: 9 },
  ...[10, 11, 11, 10, 10, 11, 10, 10, 10].map((xa, i): DistrictPlan => ({
    kind: 'huyen',
    phuong: 0,
    thiTran: 1,
    xa,
    ...(i === 8 ? { island: true } : {}),
  })),
];

const DISTRICT_PREFIX: Record<DistrictKind, string> = {
  'thanh-pho': 'Thành phố',
  'thi-xa': 'Thị xã',
  huyen: 'Huyện',
};

function genericPlan(rng: Rng, districts: number, wards: () => number): DistrictPlan[] {
  const plans: DistrictPlan[] = [];
  const townships = districts >= 5 ? Math.max(1, Math.round(districts * 0.12)) : 0;
  for (let d = 0; d < districts; d++) {
    const n = Math.max(1, wards());
    const kind: DistrictKind = d === 0 ? 'thanh-pho' : d <= townships ? 'thi-xa' : 'huyen';
    if (kind === 'huyen') plans.push({ kind, phuong: 0, thiTran: n > 1 ? 1 : 0, xa: n > 1 ? n - 1 : 1 });
    else {
      const phuong = Math.max(1, Math.round(n * (kind === 'thanh-pho' ? 0.75 : 0.45) + rng.range(-1, 1)));
      plans.push({ kind, phuong: Math.min(n, phuong), thiTran: 0, xa: n - Math.min(n, phuong) });
    }
  }
  return plans;
}

function wardFacts(rng: Rng, kind: WardKind): WardFacts {
  const u = rng.next();
  let population: number;
  let residentialAreas: number;
  let cameras: number;
  if (kind === 'phuong') {
    population = Math.round(12000 + 18000 * u * Math.sqrt(u));
    residentialAreas = Math.min(25, Math.max(8, Math.round(6 + population / 1600 + rng.range(-3, 3))));
    cameras = Math.min(
      120,
      Math.max(20, Math.round(20 + ((population - 12000) / 18000) * 70 + rng.range(0, 30))),
    );
  } else if (kind === 'thi-tran') {
    population = Math.round(12000 + 8000 * u);
    residentialAreas = Math.min(20, Math.max(8, Math.round(5 + population / 1500 + rng.range(-2, 2))));
    cameras = rng.int(20, 60);
  } else {
    population = Math.round(4000 + 8000 * ((u + u * u) / 2));
    residentialAreas = Math.min(18, Math.max(6, Math.round(5 + population / 1000 + rng.range(-2, 2))));
    const c = rng.next();
    cameras = Math.floor(26 * c * c);
  }
  const households = Math.round(population / rng.range(3.3, 3.9));
  return { population, households, residentialAreas, cameras };
}

interface Node {
  id: string;
  name: string;
  level: AreaLevel;
  children: Node[];
  ward?: { facts: WardFacts; meta: Omit<WardMeta, 'index' | 'area' | 'groupCounts'> };
  /** Reformed tree: the units this one was merged from (on REFORM_DATE). */
  formerNames?: string[];
}

function buildProvince(
  seed: number,
  index: number,
  name: string,
  plans: readonly DistrictPlan[],
  shape: Shape,
  ratio: MergeRatio = 'mild',
): Node {
  const rng = Rng.from(seed, 'province', index);
  const pid = `p${String(index + 1).padStart(2, '0')}`;
  const used = new Set<string>([name.replace(/^(Tỉnh|Thành phố) /, '')]);
  const urbanStyle: ResidentialStyle = rng.chance(0.5) ? 'khu-pho' : 'to-dan-pho';
  const province: Node = { id: pid, name, level: 'province', children: [] };
  let wardNo = 0;
  const former: FormerDistrict[] = [];
  plans.forEach((plan, d) => {
    const did = `${pid}d${String(d + 1).padStart(2, '0')}`;
    const districtBase = uniquePlaceName(rng, used);
    const district: Node = {
      id: did,
      name: `${DISTRICT_PREFIX[plan.kind]} ${districtBase}`,
      level: 'district',
      children: [],
    };
    const ruralStyle: ResidentialStyle = rng.chance(0.7) ? 'thon' : 'ap';
    const kinds: WardKind[] = [
      ...Array<WardKind>(plan.phuong).fill('phuong'),
      ...Array<WardKind>(plan.thiTran).fill('thi-tran'),
      ...Array<WardKind>(plan.xa).fill('xa'),
    ];
    kinds.forEach((kind, w) => {
      wardNo++;
      const id =
        shape === 'with-districts'
          ? `${did}w${String(w + 1).padStart(2, '0')}`
          : `${pid}w${String(wardNo).padStart(3, '0')}`;
      // A district's township (thị trấn) carries the district's name, as is usual.
      const baseName = kind === 'thi-tran' ? districtBase : uniquePlaceName(rng, used);
      const facts = wardFacts(rng, kind);
      if (d === 0 && w === 0) facts.cameras = 190; // the provincial capital's flagship ward
      const urban = kind !== 'xa';
      const style = urban ? urbanStyle : ruralStyle;
      district.children.push({
        id,
        name: `${WARD_PREFIX[kind]} ${baseName}`,
        level: 'ward',
        children: [],
        ward: {
          facts,
          meta: {
            kind,
            urban,
            baseName,
            police: POLICE[kind],
            residentialAreaNames: residentialAreaNames(rng, style, facts.residentialAreas),
          },
        },
      });
    });
    if (shape === 'with-districts') province.children.push(district);
    else province.children.push(...district.children);
    former.push({
      urban: plan.kind !== 'huyen',
      island: plan.island === true,
      baseName: districtBase,
      wards: district.children.map((w) => ({
        id: w.id,
        name: w.name,
        ward: w.ward as NonNullable<Node['ward']>,
      })),
    });
  });
  if (shape === 'reformed') {
    province.children = reformProvince(seed, pid, former, used, ratio, urbanStyle).map((w) => ({
      ...w,
      level: 'ward',
      children: [],
    }));
    // The provincial capital's flagship ward: 190 cameras, as published for one city ward.
    const flagship = province.children[0]?.ward;
    if (flagship) flagship.facts.cameras = 190;
  }
  return province;
}

function provincesFor(seed: number, size: SizeOption, shape: Shape): Node[] {
  if (size === 'province') return [buildProvince(seed, 0, 'Tỉnh Bình An', DEFAULT_PROVINCE, shape)];
  const rng = Rng.from(seed, 'country');
  const national = size === 'national';
  const count = national ? 34 : Math.max(1, Math.floor(size.provinces));
  const names = new Set<string>(['Bình An']);
  const out: Node[] = [];
  for (let p = 0; p < count; p++) {
    const base = p === 0 ? 'Bình An' : uniquePlaceName(rng, names);
    const name = p > 0 && p <= 5 && national ? `Thành phố ${base}` : `Tỉnh ${base}`;
    const plans = national
      ? genericPlan(rng, rng.int(18, 26), () => rng.int(9, 18))
      : genericPlan(rng, Math.max(1, Math.floor(size.districtsPerProvince)), () =>
          Math.max(1, Math.floor(size.wardsPerDistrict)),
        );
    // A few coastal provinces have an island district: a special zone after the reform.
    const last = plans[plans.length - 1];
    if (national && p % 8 === 3 && last?.kind === 'huyen') last.island = true;
    out.push(buildProvince(seed, p, name, plans, shape, national ? 'national' : 'mild'));
  }
  return out;
}

export function buildAreaTree(seed: number, size: SizeOption, shape: Shape): AreaTree {
  const provinces = provincesFor(seed, size, shape);
  const root: Node =
    provinces.length === 1 && size !== 'national'
      ? (provinces[0] as Node)
      : { id: 'vn', name: 'Việt Nam', level: 'country', children: provinces };

  const areas: Area[] = [];
  const subtreeEnd: number[] = [];
  const wardStart: number[] = [];
  const wardEnd: number[] = [];
  const wards: WardMeta[] = [];
  const levels = new Set<AreaLevel>();

  const visit = (node: Node, parentId: string | null): WardFacts => {
    const i = areas.length;
    areas.push({
      id: node.id,
      name: node.name,
      level: node.level,
      parentId,
      population: 0,
      households: 0,
      residentialAreas: 0,
      cameras: 0,
      ...(node.formerNames ? { formerNames: node.formerNames, mergedOn: REFORM_DATE } : {}),
    });
    levels.add(node.level);
    wardStart[i] = wards.length;
    let totals: WardFacts;
    if (node.ward) {
      totals = node.ward.facts;
      const area: Area = { ...(areas[i] as Area), ...totals };
      areas[i] = area;
      wards.push({ ...node.ward.meta, index: wards.length, area, groupCounts: [] });
    } else {
      totals = { population: 0, households: 0, residentialAreas: 0, cameras: 0 };
      for (const child of node.children) {
        const t = visit(child, node.id);
        totals.population += t.population;
        totals.households += t.households;
        totals.residentialAreas += t.residentialAreas;
        totals.cameras += t.cameras;
      }
      areas[i] = { ...(areas[i] as Area), ...totals };
    }
    subtreeEnd[i] = areas.length;
    wardEnd[i] = wards.length;
    return totals;
  };
  visit(root, null);

  const indexById = new Map<string, number>();
  areas.forEach((a, i) => indexById.set(a.id, i));
  // Group counts are apportioned per province so the totals hit the targets exactly.
  areas.forEach((a, i) => {
    if (a.level !== 'province') return;
    allocateGroupCounts(Rng.from(seed, 'group-counts', a.id), wards.slice(wardStart[i], wardEnd[i]));
  });
  return { areas, indexById, subtreeEnd, wardStart, wardEnd, wards, levels };
}
