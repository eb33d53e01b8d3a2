import { describe, expect, it } from 'vitest';
import type { Area } from '../api/schemas';
import { compareFigures, parseCompareIds, toggleCompareId } from './compare';
import { DEFAULT_TARGETS } from './targets';
import { inc, med, pat } from './test-rows';

const area = (id: string, population: number): Area => ({
  id,
  name: id.toUpperCase(),
  level: 'ward',
  parentId: 'd',
  population,
  households: 0,
  residentialAreas: 4,
  cameras: 1,
});

describe('compareFigures', () => {
  const period = { from: '2026-01', to: '2026-02' };

  it('computes each area like the ranking and one shared scale per measure', () => {
    const f = compareFigures({
      period,
      targets: DEFAULT_TARGETS,
      areas: [
        {
          area: area('a', 1_000),
          parentName: 'D',
          stats: {
            incidents: [inc('a', '2026-01', 5), inc('a', '2025-02', 37)],
            mediation: [med('a', '2026-01', [2, 1, 1, 0, 0])],
            patrols: [pat('a', '2026-01', [3, 0, 0, 0])],
            groups: null,
          },
        },
        {
          area: area('b', 2_000),
          parentName: 'D',
          stats: {
            incidents: [inc('b', '2026-02', 12)],
            mediation: [],
            patrols: [pat('b', '2026-02', [11, 0, 0, 0])],
            groups: [
              {
                areaId: 'b',
                activeGroups: 2,
                inactiveGroups: 0,
                members: 9,
                byType: {},
                coveredResidentialAreas: 3,
              },
            ],
          },
        },
      ],
    });
    expect(f.areas.map((a) => [a.figures.id, a.figures.incidents.current, a.figures.incidentRate])).toEqual([
      ['a', 5, 50],
      ['b', 12, 60],
    ]);
    expect(f.areas[0]?.figures.activeGroups).toBeNull();
    expect(f.areas[1]?.figures.coverage).toEqual({ numerator: 3, denominator: 4, value: 0.75 });
    // The prior year's 37 counts for the shared incidents scale.
    expect(f.scales.incidents).toEqual({ max: 40, ticks: [0, 10, 20, 30, 40] });
    expect(f.scales.patrols).toEqual({ max: 15, ticks: [0, 5, 10, 15] });
    // Shares always on 0–100 %, whatever the best month.
    expect(f.scales.mediationRate).toEqual({ max: 1, ticks: [0, 0.25, 0.5, 0.75, 1] });
  });

  it('works with no areas', () => {
    const f = compareFigures({ period, targets: DEFAULT_TARGETS, areas: [] });
    expect(f.areas).toEqual([]);
    expect(f.scales.incidents.max).toBeGreaterThan(0);
  });
});

describe('compare ids', () => {
  const known = (id: string) => id !== 'x';

  it('keeps known, distinct ids, at most six', () => {
    expect(parseCompareIds('a,b,x,a, c', known)).toEqual(['a', 'b', 'c']);
    expect(parseCompareIds('1,2,3,4,5,6,7', known)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(parseCompareIds(undefined, known)).toEqual([]);
    expect(parseCompareIds('', known)).toEqual([]);
  });

  it('toggles an id, refusing a seventh', () => {
    expect(toggleCompareId(['a'], 'b')).toBe('a,b');
    expect(toggleCompareId(['a', 'b'], 'a')).toBe('b');
    expect(toggleCompareId(['a'], 'a')).toBeUndefined();
    expect(toggleCompareId(['1', '2', '3', '4', '5', '6'], '7')).toBe('1,2,3,4,5,6');
  });
});
