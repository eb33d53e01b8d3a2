// The type of an administrative unit, read from its official name ("Phường Hòa Bình", "Đặc khu Côn
// Đảo") as Vietnamese administration writes it, so every level is named as it is named in law: a
// province's children are "xã, phường" (since 2025) or "huyện, thị xã, thành phố" (before), never
// "quận, huyện". A name without a known prefix falls back to its level ("đơn vị cấp xã").
import type { Area, AreaLevel } from '../api/schemas';

/** In the order Vietnamese texts list them ("xã, phường, đặc khu"). */
export const unitTypes = [
  'country',
  'tinh',
  'thanh-pho-tw',
  'huyen',
  'quan',
  'thi-xa',
  'thanh-pho-tinh',
  'xa',
  'phuong',
  'thi-tran',
  'dac-khu',
  'level-province',
  'level-district',
  'level-ward',
] as const;
export type UnitType = (typeof unitTypes)[number];

const PREFIXES: Record<Exclude<AreaLevel, 'country'>, ReadonlyArray<readonly [string, UnitType]>> = {
  province: [
    ['Tỉnh ', 'tinh'],
    ['Thành phố ', 'thanh-pho-tw'],
  ],
  district: [
    ['Huyện ', 'huyen'],
    ['Quận ', 'quan'],
    ['Thị xã ', 'thi-xa'],
    ['Thành phố ', 'thanh-pho-tinh'],
  ],
  ward: [
    ['Xã ', 'xa'],
    ['Phường ', 'phuong'],
    ['Thị trấn ', 'thi-tran'],
    ['Đặc khu ', 'dac-khu'],
  ],
};

export function unitTypeOf(area: Pick<Area, 'name' | 'level'>): UnitType {
  if (area.level === 'country') return 'country';
  const name = area.name.normalize('NFC').trimStart();
  const lower = name.toLocaleLowerCase('vi');
  const hit = PREFIXES[area.level].find(([prefix]) => lower.startsWith(prefix.toLocaleLowerCase('vi')));
  return hit ? hit[1] : `level-${area.level}`;
}

/** The distinct types of `areas`, in the order texts list them. */
export function unitTypesOf(areas: ReadonlyArray<Pick<Area, 'name' | 'level'>>): UnitType[] {
  const present = new Set(areas.map(unitTypeOf));
  return unitTypes.filter((u) => present.has(u));
}

/** The name without its unit type ("Hòa Bình" for "Phường Hòa Bình"): for a map label, where space is short. */
export function baseName(area: Pick<Area, 'name' | 'level'>): string {
  if (area.level === 'country') return area.name;
  const name = area.name.normalize('NFC').trimStart();
  const lower = name.toLocaleLowerCase('vi');
  const hit = PREFIXES[area.level].find(([prefix]) => lower.startsWith(prefix.toLocaleLowerCase('vi')));
  return hit ? name.slice(hit[0].length) : name;
}
