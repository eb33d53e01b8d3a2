import { describe, expect, it } from 'vitest';
import type { Area } from '../api/schemas';
import { ancestry, buildAreaTree, childLevel, searchAreas } from './area-tree';
import { foldText } from './text';

const area = (id: string, name: string, level: Area['level'], parentId: string | null): Area => ({
  id,
  name,
  level,
  parentId,
  population: 0,
  households: 0,
  residentialAreas: 0,
  cameras: 0,
});

const items = [
  area('w2', 'Phường Đông Hòa', 'ward', 'd1'),
  area('p', 'Tỉnh Bình An', 'province', null),
  area('d1', 'Thành phố Hòa Bình', 'district', 'p'),
  area('w1', 'Phường An Lạc', 'ward', 'd1'),
  area('d2', 'Huyện Tân Phú', 'district', 'p'),
  area('w3', 'Xã Đắk Hòa', 'ward', 'd2'),
];

describe('area tree', () => {
  const tree = buildAreaTree(items);

  it('finds the root and orders depth-first with Vietnamese collation', () => {
    expect(tree.root.id).toBe('p');
    expect(tree.ordered.map((a) => a.id)).toEqual(['p', 'd2', 'w3', 'd1', 'w1', 'w2']);
    expect(tree.depth.get('w3')).toBe(2);
  });

  it('gives the breadcrumb trail from the root', () => {
    expect(ancestry(tree, 'w2').map((a) => a.id)).toEqual(['p', 'd1', 'w2']);
  });

  it('knows the child level, also when the tree has no district level', () => {
    expect(childLevel(tree, 'p')).toBe('district');
    expect(childLevel(tree, 'w1')).toBeNull();
    const flat = buildAreaTree([area('p', 'P', 'province', null), area('w', 'W', 'ward', 'p')]);
    expect(childLevel(flat, 'p')).toBe('ward');
  });

  it('searches ignoring case and diacritics, đ included', () => {
    expect(searchAreas(tree, 'hoa').map((a) => a.id)).toEqual(['w3', 'd1', 'w2']);
    expect(searchAreas(tree, 'DONG HOA').map((a) => a.id)).toEqual(['w2']);
    expect(searchAreas(tree, 'dak').map((a) => a.id)).toEqual(['w3']);
    expect(foldText('  Đắk Lắk ')).toBe('dak lak');
  });

  it('refuses a list with no single root', () => {
    expect(() => buildAreaTree([area('a', 'A', 'province', null), area('b', 'B', 'province', null)])).toThrow(
      /one root/,
    );
  });
});
