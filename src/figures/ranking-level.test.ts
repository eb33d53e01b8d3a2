import { describe, expect, it } from 'vitest';
import type { Area } from '../api/schemas';
import { buildAreaTree, descendantsAt } from '../lib/area-tree';
import { ranking, type StatsRows } from './ranking';
import { DEFAULT_TARGETS } from './targets';
import { inc } from './test-rows';

const area = (id: string, name: string, level: Area['level'], parentId: string | null): Area => ({
  id,
  name,
  level,
  parentId,
  population: 10_000,
  households: 0,
  residentialAreas: 10,
  cameras: 3,
});

const period = { from: '2026-01', to: '2026-03' };
const empty: StatsRows = { incidents: [], mediation: [], patrols: [], groups: [] };

// A country of two provinces, one with districts (an older tree) and one without.
const tree = buildAreaTree([
  area('vn', 'Việt Nam', 'country', null),
  area('p1', 'Tỉnh Bình An', 'province', 'vn'),
  area('p2', 'Tỉnh An Hòa', 'province', 'vn'),
  area('d1', 'Huyện Đông', 'district', 'p1'),
  area('d2', 'Huyện Anh', 'district', 'p1'),
  area('w1', 'Xã Ân', 'ward', 'd1'),
  area('w2', 'Xã Bình', 'ward', 'd1'),
  area('w3', 'Xã Cát', 'ward', 'd2'),
  area('w4', 'Phường Hai', 'ward', 'p2'),
]);

describe('ranking at a deeper level', () => {
  it('finds the wards under an area however many levels down, in the tree order', () => {
    expect(descendantsAt(tree, 'vn', 'ward').map((a) => a.id)).toEqual(['w4', 'w3', 'w1', 'w2']);
    expect(descendantsAt(tree, 'p1', 'ward').map((a) => a.id)).toEqual(['w3', 'w1', 'w2']);
    expect(descendantsAt(tree, 'vn', 'district').map((a) => a.id)).toEqual(['d2', 'd1']);
    expect(descendantsAt(tree, 'w1', 'ward')).toEqual([]);
  });

  it('ranks every ward of the country, each with its own parent, from ward-level stats', () => {
    const r = ranking({
      tree,
      areaId: 'vn',
      period,
      level: 'ward',
      childStats: {
        ...empty,
        incidents: [inc('w1', '2026-01', 5), inc('w2', '2026-02', 1), inc('w3', '2026-03', 3)],
      },
      ownStats: null,
      targets: DEFAULT_TARGETS,
    });
    expect(r.level).toBe('ward');
    expect(r.rows.map((x) => [x.id, x.rank, x.incidents.current, x.parentName])).toEqual([
      ['w4', 1, 0, 'Tỉnh An Hòa'],
      ['w2', 2, 1, 'Huyện Đông'],
      ['w3', 3, 3, 'Huyện Anh'],
      ['w1', 4, 5, 'Huyện Đông'],
    ]);
  });

  it('ranks the children without a level, as before', () => {
    const r = ranking({
      tree,
      areaId: 'vn',
      period,
      childStats: empty,
      ownStats: null,
      targets: DEFAULT_TARGETS,
    });
    expect(r.level).toBe('province');
    expect(r.rows.map((x) => x.id).sort()).toEqual(['p1', 'p2']);
  });
});
