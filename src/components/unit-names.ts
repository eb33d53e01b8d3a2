import type { Area, AreaLevel } from '../api/schemas';
import { useI18n } from '../i18n/i18n-context';
import { intlTags } from '../i18n/locales';
import { unitTypeOf, unitTypesOf, type UnitType } from '../lib/unit-types';

type Named = Pick<Area, 'name' | 'level'>;

export interface UnitNames {
  /** The area's own type: "Tỉnh", "Phường", "Đặc khu". */
  unit: (area: Named) => string;
  /**
   * What an area's children are, as a heading: "Các xã, phường, đặc khu", "Communes, wards and
   * special zones". Without children, the level's generic name ("Các đơn vị cấp xã").
   */
  children: (children: readonly Named[], level?: AreaLevel | null) => string;
  /** The same types as a bare list inside a sentence: "xã, phường, thị trấn", "communes and wards". */
  list: (areas: readonly Named[], level?: AreaLevel | null) => string;
}

export function useUnitNames(): UnitNames {
  const { t, locale } = useI18n();
  const list = (parts: string[]) =>
    // Vietnamese lists unit types with commas only ("xã, phường, đặc khu"), as laws and reports do.
    locale === 'vi'
      ? parts.join(', ')
      : new Intl.ListFormat(intlTags[locale], { type: 'conjunction' }).format(parts);
  const names = (areas: readonly Named[], level?: AreaLevel | null) => {
    const types: UnitType[] = unitTypesOf(areas);
    if (types.length === 0) types.push(level && level !== 'country' ? `level-${level}` : 'level-ward');
    return list(types.map((u) => t(`units.${u}`)));
  };
  return {
    unit: (area) => t(`unit.${unitTypeOf(area)}`),
    children: (children, level) => {
      const text = t('units.children', { units: names(children, level) });
      return text.charAt(0).toLocaleUpperCase(intlTags[locale]) + text.slice(1);
    },
    list: names,
  };
}
