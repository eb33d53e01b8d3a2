import { describe, expect, it } from 'vitest';
import type { Area } from '../api/schemas';
import {
  ancestry,
  AreaTreeError,
  areaTreeProblem,
  buildAreaTree,
  childLevel,
  searchAreas,
} from './area-tree';
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

  it('refuses a second root, naming both', () => {
    const two = [area('a', 'A', 'province', null), area('b', 'B', 'province', null)];
    expect(areaTreeProblem(two)).toEqual({ kind: 'treeSecondRoot', id: 'b', first: 'a' });
    expect(() => buildAreaTree(two)).toThrow(AreaTreeError);
  });

  it('names the area whose parent is missing', () => {
    const orphan = [...items, area('w9', 'Orphan', 'ward', 'd9')];
    expect(areaTreeProblem(orphan)).toEqual({ kind: 'treeMissingParent', id: 'w9', parentId: 'd9' });
  });

  it('names an id that appears twice', () => {
    expect(areaTreeProblem([...items, area('d1', 'Again', 'district', 'p')])).toEqual({
      kind: 'treeDuplicateId',
      id: 'd1',
    });
  });

  it('finds a cycle of parents and the ids on it, without looping', () => {
    const cycle = [
      ...items,
      area('x', 'X', 'district', 'z'),
      area('y', 'Y', 'ward', 'x'),
      area('z', 'Z', 'ward', 'y'),
    ];
    expect(areaTreeProblem(cycle)).toEqual({ kind: 'treeCycle', ids: ['x', 'z', 'y'] });
    // Every area in a cycle: no root either, and the cycle is the more useful thing to say.
    const loop = [area('a', 'A', 'province', 'b'), area('b', 'B', 'district', 'a')];
    expect(areaTreeProblem(loop)).toEqual({ kind: 'treeCycle', ids: ['a', 'b'] });
    expect(() => buildAreaTree(loop)).toThrow(AreaTreeError);
    // A self-parent is the shortest cycle.
    expect(areaTreeProblem([...items, area('s', 'S', 'ward', 's')])).toEqual({
      kind: 'treeCycle',
      ids: ['s'],
    });
  });

  it('handles a 50,000-deep chain (no recursion to overflow the stack)', () => {
    const chain = Array.from({ length: 50_000 }, (_, i) =>
      area(`a${i}`, `A${i}`, 'ward', i === 0 ? null : `a${i - 1}`),
    );
    expect(areaTreeProblem(chain)).toBeNull();
    expect(areaTreeProblem([])).toBeNull();
  });
});
