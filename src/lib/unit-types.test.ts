import { describe, expect, it } from 'vitest';
import { unitTypeOf, unitTypesOf } from './unit-types';

describe('unit types', () => {
  it('reads the type from the official name at each level', () => {
    expect(unitTypeOf({ name: 'Việt Nam', level: 'country' })).toBe('country');
    expect(unitTypeOf({ name: 'Tỉnh Bình An', level: 'province' })).toBe('tinh');
    expect(unitTypeOf({ name: 'Thành phố Huế', level: 'province' })).toBe('thanh-pho-tw');
    expect(unitTypeOf({ name: 'Thành phố Bà Rịa', level: 'district' })).toBe('thanh-pho-tinh');
    expect(unitTypeOf({ name: 'Quận 1', level: 'district' })).toBe('quan');
    expect(unitTypeOf({ name: 'Thị xã Sơn Tây', level: 'district' })).toBe('thi-xa');
    expect(unitTypeOf({ name: 'Huyện Côn Đảo', level: 'district' })).toBe('huyen');
    expect(unitTypeOf({ name: 'Xã An Lạc', level: 'ward' })).toBe('xa');
    expect(unitTypeOf({ name: 'Phường Sài Gòn', level: 'ward' })).toBe('phuong');
    expect(unitTypeOf({ name: 'Thị trấn Tân Túc', level: 'ward' })).toBe('thi-tran');
    expect(unitTypeOf({ name: 'Đặc khu Phú Quốc', level: 'ward' })).toBe('dac-khu');
  });

  it('ignores case and Unicode normalisation, and falls back to the level', () => {
    expect(unitTypeOf({ name: 'xã An Lạc', level: 'ward' })).toBe('xa');
    expect(unitTypeOf({ name: 'Đặc khu Côn Đảo'.normalize('NFD'), level: 'ward' })).toBe('dac-khu');
    expect(unitTypeOf({ name: 'Khu Kinh tế', level: 'ward' })).toBe('level-ward');
    // A prefix of another level's type does not count: a ward is never a "Huyện".
    expect(unitTypeOf({ name: 'Huyện X', level: 'ward' })).toBe('level-ward');
  });

  it('lists distinct types in the order Vietnamese texts use', () => {
    const names = ['Phường A', 'Đặc khu B', 'Xã C', 'Phường D'].map((name) => ({
      name,
      level: 'ward' as const,
    }));
    expect(unitTypesOf(names)).toEqual(['xa', 'phuong', 'dac-khu']);
  });
});
