import { describe, expect, it } from 'vitest';
import { categoryChanges, childChanges, heatTable, largestMoves, monthlyByCategory } from './incidents';
import { inc } from './test-rows';

const P = { from: '2026-01', to: '2026-03' };

describe('monthlyByCategory', () => {
  it('gives one row per month with every category, missing months and keys as 0', () => {
    const rows = monthlyByCategory(
      [
        inc('a', '2026-01', 5, { drugs: 2, fire: 3 }),
        inc('a', '2026-03', 4, { traffic: 4 }),
        inc('a', '2025-01', 7, { drugs: 7 }),
        inc('b', '2026-02', 99, { drugs: 99 }),
      ],
      'a',
      P,
    );
    expect(rows.map((r) => r.month)).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(rows[0]).toMatchObject({ drugs: 2, fire: 3, traffic: 0, other: 0, total: 5, priorTotal: 7 });
    expect(rows[0]?.priorMonth).toBe('2025-01');
    expect(rows[1]).toMatchObject({ drugs: 0, total: 0, priorTotal: 0 });
    expect(rows[2]).toMatchObject({ traffic: 4, total: 4, priorTotal: 0 });
  });

  it('keeps the API total when a category is unrecorded', () => {
    const [row] = monthlyByCategory([inc('a', '2026-01', 6, { drugs: 2 })], 'a', {
      from: '2026-01',
      to: '2026-01',
    });
    expect(row).toMatchObject({ drugs: 2, total: 6 });
  });

  it('with a focus category counts only that category, this year and last', () => {
    const rows = monthlyByCategory(
      [inc('a', '2026-01', 5, { drugs: 2, fire: 3 }), inc('a', '2025-01', 9, { fire: 1, drugs: 8 })],
      'a',
      { from: '2026-01', to: '2026-01' },
      'fire',
    );
    expect(rows).toEqual([expect.objectContaining({ fire: 3, drugs: 0, total: 3, priorTotal: 1 })]);
  });

  it('adds up repeated rows of one area-month', () => {
    const [row] = monthlyByCategory(
      [inc('a', '2026-01', 2, { drugs: 2 }), inc('a', '2026-01', 3, { drugs: 1, fire: 2 })],
      'a',
      { from: '2026-01', to: '2026-01' },
    );
    expect(row).toMatchObject({ drugs: 3, fire: 2, total: 5 });
  });

  it('gives zero rows for an area without data and [] for an empty period', () => {
    expect(monthlyByCategory([], 'a', P).map((r) => r.total)).toEqual([0, 0, 0]);
    expect(monthlyByCategory([], 'a', { from: '2026-03', to: '2026-01' })).toEqual([]);
  });
});

describe('categoryChanges', () => {
  it('compares each category and the total with the same months a year earlier', () => {
    const { categories, total } = categoryChanges(
      [
        inc('a', '2026-01', 30, { drugs: 20, fire: 10 }),
        inc('a', '2026-02', 12, { drugs: 12 }),
        inc('a', '2025-01', 25, { drugs: 25 }),
        inc('a', '2025-02', 5, { fire: 5 }),
        // Outside both periods: ignored.
        inc('a', '2025-06', 100, { traffic: 100 }),
      ],
      'a',
      P,
    );
    const byCat = Object.fromEntries(categories.map((c) => [c.category, c.change]));
    expect(categories).toHaveLength(7);
    expect(byCat.drugs).toMatchObject({
      current: 32,
      prior: 25,
      delta: 7,
      smallBase: false,
      direction: 'up',
    });
    expect(byCat.drugs?.ratio).toBeCloseTo(7 / 25);
    // Prior 5 < 10: a small base, whatever the percentage.
    expect(byCat.fire).toMatchObject({ current: 10, prior: 5, smallBase: true });
    // Nothing either year: flat, no ratio.
    expect(byCat.traffic).toMatchObject({ current: 0, prior: 0, ratio: null, direction: 'flat' });
    expect(total).toMatchObject({ current: 42, prior: 30, delta: 12 });
  });

  it('has no ratio when the prior period had none', () => {
    const { categories } = categoryChanges([inc('a', '2026-02', 4, { other: 4 })], 'a', P);
    expect(categories.find((c) => c.category === 'other')?.change).toMatchObject({
      current: 4,
      prior: 0,
      ratio: null,
      smallBase: true,
      direction: 'up',
    });
  });

  it('is all zero for empty items', () => {
    const { categories, total } = categoryChanges([], 'a', P);
    expect(categories.every((c) => c.change.current === 0 && c.change.prior === 0)).toBe(true);
    expect(total.delta).toBe(0);
  });
});

describe('childChanges and largestMoves', () => {
  const kids = [
    { id: 'x', name: 'Xã Bình' },
    { id: 'y', name: 'Phường An' },
    { id: 'z', name: 'Xã Ân' },
    { id: 'q', name: 'Quiet' },
  ];
  const items = [
    inc('x', '2026-01', 20),
    inc('x', '2025-01', 10),
    inc('y', '2026-02', 15),
    inc('y', '2025-02', 5),
    inc('z', '2026-03', 2),
    inc('z', '2025-03', 40),
  ];

  it('computes each child, with missing children as 0 → 0', () => {
    const changes = childChanges(items, kids, P);
    expect(changes.map((c) => [c.area.id, c.change.current, c.change.prior])).toEqual([
      ['x', 20, 10],
      ['y', 15, 5],
      ['z', 2, 40],
      ['q', 0, 0],
    ]);
  });

  it('ranks by change in count, ties by name (diacritics-aware), no flat areas', () => {
    const { rises, falls } = largestMoves(childChanges(items, kids, P), 5);
    // Both rose by 10: "Phường An" before "Xã Bình" by name, though y has the larger percentage.
    expect(rises.map((r) => r.area.id)).toEqual(['y', 'x']);
    expect(rises[0]?.change.smallBase).toBe(true);
    expect(falls.map((r) => r.area.id)).toEqual(['z']);
    expect([...rises, ...falls].some((r) => r.area.id === 'q')).toBe(false);
  });

  it('limits each list and counts only the focus category when given', () => {
    const focused = childChanges(
      [inc('x', '2026-01', 9, { fire: 1, drugs: 8 }), inc('x', '2025-01', 9, { fire: 3, drugs: 6 })],
      kids.slice(0, 1),
      P,
      'fire',
    );
    expect(focused[0]?.change).toMatchObject({ current: 1, prior: 3, delta: -2 });
    expect(largestMoves(childChanges(items, kids, P), 1).rises.map((r) => r.area.id)).toEqual(['y']);
    expect(largestMoves([], 3)).toEqual({ rises: [], falls: [] });
  });
});

describe('heatTable', () => {
  const kids = [
    { id: 'x', name: 'X' },
    { id: 'y', name: 'Y' },
  ];
  const history = { from: '2023-01', to: '2026-03' };

  it('gives a cell per child and month with intensity relative to the largest count', () => {
    const t = heatTable(
      [inc('x', '2026-01', 8), inc('x', '2026-03', 2), inc('y', '2026-02', 4)],
      kids,
      P,
      history,
    );
    expect(t.months).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(t.max).toBe(8);
    expect(t.rows.map((r) => r.cells.map((c) => c.count))).toEqual([
      [8, 0, 2],
      [0, 4, 0],
    ]);
    expect(t.rows[0]?.cells.map((c) => c.intensity)).toEqual([1, 0, 0.25]);
    expect(t.rows.map((r) => r.total)).toEqual([10, 4]);
  });

  it('flags a month above or below the usual range of the same month in earlier years', () => {
    const items = [
      // January: 10, 12, 11 in 2023–2025 (missing months inside the history are 0).
      inc('x', '2023-01', 10),
      inc('x', '2024-01', 12),
      inc('x', '2025-01', 11),
      inc('x', '2026-01', 30),
      inc('y', '2023-02', 20),
      inc('y', '2024-02', 22),
      inc('y', '2025-02', 21),
      inc('y', '2026-02', 2),
    ];
    const t = heatTable(items, kids, P, history);
    const [x, y] = t.rows;
    expect(x?.cells[0]?.flag).toBe('high');
    expect(x?.cells[0]?.range?.years).toEqual([2023, 2024, 2025]);
    // February for x: 0, 0, 0 before and 0 now: inside the (zero) range.
    expect(x?.cells[1]?.flag).toBeNull();
    expect(y?.cells[1]?.flag).toBe('low');
  });

  it('has no range (and no flag) with fewer than two earlier years of history', () => {
    const t = heatTable([inc('x', '2026-01', 50), inc('x', '2025-01', 1)], kids, P, {
      from: '2025-01',
      to: '2026-03',
    });
    expect(t.rows[0]?.cells[0]).toMatchObject({ count: 50, range: null, flag: null });
  });

  it('handles no rows at all, no children and a single-month period', () => {
    const empty = heatTable([], kids, { from: '2026-02', to: '2026-02' }, history);
    expect(empty.max).toBe(0);
    expect(empty.rows.map((r) => r.cells)).toEqual([
      [expect.objectContaining({ month: '2026-02', count: 0, intensity: 0 })],
      [expect.objectContaining({ month: '2026-02', count: 0, intensity: 0 })],
    ]);
    expect(heatTable([inc('x', '2026-01', 3)], [], P, history).rows).toEqual([]);
  });

  it('counts only the focus category when given', () => {
    const t = heatTable([inc('x', '2026-01', 8, { drugs: 5, fire: 3 })], kids, P, history, 'fire');
    expect(t.rows[0]?.cells[0]?.count).toBe(3);
    expect(t.max).toBe(3);
  });
});
