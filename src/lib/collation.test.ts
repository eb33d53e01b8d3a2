import { describe, expect, it } from 'vitest';
import { nameCollator, nameRanks } from './collation';

describe('Vietnamese collation of area names', () => {
  it('orders a < ă < â and d < đ as letters, not as folded diacritics', () => {
    const names = ['Xã Bình Minh', 'Xã Âm Hạ', 'Xã Đa Phúc', 'Xã An Lạc', 'Xã Dương Quang', 'Xã Ăn Sơn'];
    expect([...names].sort(nameCollator.compare)).toEqual([
      'Xã An Lạc',
      'Xã Ăn Sơn',
      'Xã Âm Hạ',
      'Xã Bình Minh',
      'Xã Dương Quang',
      'Xã Đa Phúc',
    ]);
  });

  it('orders numbers by value', () => {
    expect(['Phường 10', 'Phường 2', 'Phường 1'].sort(nameCollator.compare)).toEqual([
      'Phường 1',
      'Phường 2',
      'Phường 10',
    ]);
  });

  it('ranks densely: equal names share a rank', () => {
    expect([...nameRanks(['Xã Ân Thi', 'Xã An Lạc', 'Xã An Lạc', 'Phường Đông'])]).toEqual([2, 1, 1, 0]);
  });
});
