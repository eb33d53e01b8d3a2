// Community self-management groups: per-province count allocation (exact totals) and
// lazy per-ward generation of the Group records.
import type { Group, GroupType } from '../../src/api/schemas';
import { groupTypes } from '../../src/api/vocabulary';
import { dayNumber, formatDayNumber } from './dates';
import { personName } from './names';
import { apportion, Rng } from './random';
import type { WardMeta } from './types';

const TYPE_INDEX = new Map<GroupType, number>(groupTypes.map((t, i) => [t, i]));
export function typeIndex(type: GroupType): number {
  return TYPE_INDEX.get(type) ?? 0;
}

/** Average groups per ward for the types apportioned province-wide (≈4,100 / 1,600 / 1,500 on 170 wards). */
const PER_WARD = { security_order: 24.1, fire_prevention: 9.41, mediation: 8.82 } as const;

/** How many former units a ward was merged from (1 when it was not merged). */
function formerUnits(w: WardMeta): number {
  return Math.max(1, w.area.formerNames?.length ?? 1);
}

/**
 * Sets `groupCounts` on every ward of one province. Counts scale with the former units a ward was
 * merged from, so that today's tree has the groups the same territory had before the reform.
 */
export function allocateGroupCounts(rng: Rng, wards: readonly WardMeta[]): void {
  const n = wards.reduce((sum, w) => sum + formerUnits(w), 0);
  const raWeights = wards.map((w) => w.area.residentialAreas * rng.range(0.8, 1.2));
  const fireWeights = wards.map((w) => w.area.residentialAreas * (w.urban ? 1.3 : 1) * rng.range(0.8, 1.2));
  const security = apportion(Math.round(PER_WARD.security_order * n), raWeights, 1);
  const fire = apportion(Math.round(PER_WARD.fire_prevention * n), fireWeights, 1);
  const mediation = apportion(
    Math.round(PER_WARD.mediation * n),
    wards.map((w) => w.area.residentialAreas * rng.range(0.85, 1.15)),
    1,
  );
  // A few industrial-zone groups in non-rural wards, a few border-marker groups in the
  // communes of the last (border) district.
  const industrial = new Set<number>();
  const urbanIdx = wards.filter((w) => w.kind !== 'phuong' || rng.chance(0.3)).map((w) => w.index);
  for (let k = 0; k < Math.min(3, urbanIdx.length) && n >= 20; k++) industrial.add(rng.pick(urbanIdx));
  const border = new Set<number>(
    wards
      .slice(-12)
      .filter((w) => w.kind === 'xa')
      .slice(0, n >= 20 ? 3 : 0)
      .map((w) => w.index),
  );
  wards.forEach((w, i) => {
    const c = new Array<number>(groupTypes.length).fill(0);
    const set = (t: GroupType, v: number) => (c[typeIndex(t)] = v);
    set('security_order', security[i] ?? 1);
    set('fire_prevention', fire[i] ?? 1);
    set('mediation', mediation[i] ?? 1);
    // The per-ward types, drawn once per former unit (the same draws as before for an unmerged one).
    const k = formerUnits(w);
    const draws = (draw: () => number) => {
      let sum = 0;
      for (let j = 0; j < k; j++) sum += draw();
      return sum;
    };
    set(
      'people_patrol',
      draws(() => 1 + (rng.chance(w.urban ? 0.55 : 0.3) ? 1 : 0)),
    );
    set(
      'five_household',
      draws(() => rng.poisson(w.urban ? 0.8 : 2.4)),
    );
    set(
      'drug_free',
      draws(() => rng.poisson(0.9)),
    );
    set(
      'youth_law_club',
      draws(() => (rng.chance(0.6) ? 1 : 0)),
    );
    set(
      'veterans',
      draws(() => rng.poisson(0.7)),
    );
    set(
      'market',
      draws(() => (w.urban ? 1 + (rng.chance(0.35) ? 1 : 0) : rng.chance(0.3) ? 1 : 0)),
    );
    set(
      'apartment_building',
      w.kind === 'phuong' ? draws(() => rng.poisson(w.area.population / k > 20000 ? 3 : 1.2)) : 0,
    );
    set('industrial_zone', industrial.has(w.index) ? rng.int(1, 2) : 0);
    set('border_marker', border.has(w.index) ? rng.int(1, 2) : 0);
    set(
      'other',
      draws(() => rng.poisson(0.35)),
    );
    w.groupCounts = c;
  });
}

const MEMBERS: Record<GroupType, readonly [number, number]> = {
  security_order: [8, 25],
  fire_prevention: [6, 15],
  mediation: [3, 9],
  five_household: [5, 6],
  people_patrol: [10, 30],
  drug_free: [6, 15],
  youth_law_club: [15, 40],
  veterans: [8, 20],
  border_marker: [5, 12],
  market: [6, 15],
  apartment_building: [8, 20],
  industrial_zone: [10, 30],
  other: [5, 15],
};
const INACTIVE: Partial<Record<GroupType, number>> = {
  security_order: 0.08,
  fire_prevention: 0.04,
  mediation: 0.06,
};
/** Earliest founding year by type (e.g. mediation teams after the 2013 Law on Grassroots Mediation). */
const FOUNDED_FROM: Partial<Record<GroupType, number>> = { fire_prevention: 2021, mediation: 2014 };
const BUILDINGS = [
  'An Phú',
  'Hoàng Anh',
  'Sông Hồng',
  'Bình Minh',
  'Sao Mai',
  'Thủy Tiên',
  'Ngọc Lan',
  'Hòa Bình',
];
const BUILDING_SUFFIX = ['Tower', 'Plaza', 'Residence', 'A', 'B', 'C'];
const OTHER = ['khu nhà trọ', 'bến đò', 'giáo xứ', 'khu chợ tạm', 'dòng họ'];

interface Draft {
  type: GroupType;
  ra: number;
  active: boolean;
  established: number;
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

function groupName(rng: Rng, d: Draft, ward: WardMeta, raName: string, nth: number, many: boolean): string {
  const no = many ? ` số ${nth}` : '';
  const wardName = lowerFirst(ward.area.name);
  switch (d.type) {
    case 'security_order':
      return `Tổ tự quản ANTT${no} – ${raName}`;
    case 'fire_prevention':
      return `Tổ liên gia an toàn PCCC số ${nth} – ${raName}`;
    case 'mediation':
      return `Tổ hòa giải${no} – ${raName}`;
    case 'people_patrol':
      return nth === 1 ? `Đội dân phòng ${wardName}` : `Tổ tuần tra nhân dân – ${raName}`;
    case 'five_household':
      return `Tổ 5 hộ an toàn${no} – ${raName}`;
    case 'drug_free':
      return `Tổ xung kích phòng chống ma túy${no} – ${raName}`;
    case 'youth_law_club':
      return `CLB Thanh niên với pháp luật ${wardName}`;
    case 'veterans':
      return `Tổ cựu chiến binh tự quản ANTT${no} – ${raName}`;
    case 'market':
      return `Tổ tự quản ANTT chợ ${nth === 1 ? '' : 'đêm '}${ward.baseName}`;
    case 'apartment_building':
      return `Tổ tự quản ANTT chung cư ${rng.pick(BUILDINGS)} ${rng.pick(BUILDING_SUFFIX)}`;
    case 'industrial_zone':
      return `Tổ tự quản ANTT Khu công nghiệp ${ward.baseName}${nth > 1 ? ` ${nth}` : ''}`;
    case 'border_marker':
      return `Tổ tự quản đường biên, mốc quốc giới số ${rng.int(100, 480)}`;
    case 'other':
      return `Tổ tự quản ANTT ${rng.pick(OTHER)} ${ward.baseName}`;
  }
}

/**
 * The groups of one ward. `historyStartDay` / `asOfEndDay` are day numbers; the first
 * security-order and first mediation group predate the history so every patrol and
 * mediation case in it has a group to belong to.
 */
export function generateWardGroups(
  seed: number,
  ward: WardMeta,
  historyStartDay: number,
  asOfEndDay: number,
): Group[] {
  const rng = Rng.from(seed, 'groups', ward.area.id);
  const raCount = ward.residentialAreaNames.length;
  const asOfYear = Number(formatDayNumber(asOfEndDay).slice(0, 4));
  const drafts: Draft[] = [];
  groupTypes.forEach((type, t) => {
    const count = ward.groupCounts[t] ?? 0;
    for (let k = 0; k < count; k++) {
      const anchor =
        k === 0 && (type === 'security_order' || type === 'mediation' || type === 'people_patrol');
      const fromYear = Math.min(FOUNDED_FROM[type] ?? 2005, asOfYear - 3);
      const from = anchor ? historyStartDay - 3650 : dayNumber(fromYear, 1, 1);
      const to = anchor ? historyStartDay - 30 : asOfEndDay;
      const established = from + Math.floor(rng.next() * Math.max(1, to - from));
      const active = anchor || !rng.chance(INACTIVE[type] ?? 0.15);
      drafts.push({ type, ra: 0, active, established });
    }
  });
  // Coverage: only a ward-specific share (60–100%) of residential areas has an active group.
  const order = rng.shuffle(Array.from({ length: raCount }, (_, i) => i));
  const covered = order.slice(0, Math.max(1, Math.ceil(raCount * Math.min(1, rng.range(0.6, 1.12)))));
  const actives = rng.shuffle(drafts.filter((d) => d.active));
  actives.forEach((d, i) => (d.ra = i < covered.length ? (covered[i] as number) : rng.pick(covered)));
  for (const d of drafts) if (!d.active) d.ra = rng.int(0, raCount - 1);

  const keyOf = (d: Draft) => typeIndex(d.type) * 1000 + d.ra;
  const perKey = new Map<number, number>();
  for (const d of drafts) perKey.set(keyOf(d), (perKey.get(keyOf(d)) ?? 0) + 1);
  const seen = new Map<number, number>();
  const typeSeen = new Map<GroupType, number>();
  return drafts.map((d, i): Group => {
    const key = keyOf(d);
    const nth = (seen.get(key) ?? 0) + 1;
    seen.set(key, nth);
    const typeNth = (typeSeen.get(d.type) ?? 0) + 1;
    typeSeen.set(d.type, typeNth);
    const raName = ward.residentialAreaNames[d.ra] ?? '';
    const wardWide = d.type === 'people_patrol' || d.type === 'market' || d.type === 'industrial_zone';
    const name = groupName(rng, d, ward, raName, wardWide ? typeNth : nth, (perKey.get(key) ?? 1) > 1);
    const [lo, hi] = MEMBERS[d.type];
    let members = rng.int(lo, hi);
    if (d.type === 'mediation') {
      members = 3;
      for (let b = 0; b < 6; b++) if (rng.chance(0.52)) members++;
    }
    const r = rng.next();
    const recognition =
      !d.active || r < 0.8 ? 'none' : r < 0.95 ? 'district' : r < 0.995 ? 'provincial' : 'national';
    return {
      id: `${ward.area.id}-g${String(i + 1).padStart(3, '0')}`,
      name,
      type: d.type,
      wardId: ward.area.id,
      residentialArea: raName,
      establishedOn: formatDayNumber(d.established),
      members,
      leader: personName(rng),
      status: d.active ? 'active' : 'inactive',
      recognition,
    };
  });
}
