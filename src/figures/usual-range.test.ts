import { describe, expect, it } from 'vitest';
import {
  usualRange,
  usualRangeDataRange,
  usualRangeFlag,
  usualRangeHistoryFrom,
  type MonthValue,
} from './usual-range';

const pts = (entries: Record<string, number>): MonthValue[] =>
  Object.entries(entries).map(([month, value]) => ({ month, value }));

describe('usualRange', () => {
  it('takes the same calendar month of the earlier years: mean ± 2 sample sd', () => {
    const range = usualRange(
      pts({ '2022-10': 10, '2023-10': 14, '2024-10': 12, '2025-10': 16, '2026-10': 40, '2026-09': 99 }),
      '2026-10',
    );
    // 10, 14, 12, 16: mean 13, sample variance (9 + 1 + 1 + 9) / 3
    const sd = Math.sqrt(20 / 3);
    expect(range).not.toBeNull();
    expect(range?.mean).toBe(13);
    expect(range?.sd).toBeCloseTo(sd, 12);
    expect(range?.low).toBeCloseTo(13 - 2 * sd, 12);
    expect(range?.high).toBeCloseTo(13 + 2 * sd, 12);
    expect(range?.years).toEqual([2022, 2023, 2024, 2025]);
  });

  it('ignores the month itself and later years', () => {
    const range = usualRange(pts({ '2023-03': 4, '2024-03': 6, '2025-03': 500, '2026-03': 900 }), '2025-03');
    expect(range?.years).toEqual([2023, 2024]);
    expect(range?.mean).toBe(5);
  });

  it('is null with fewer than two earlier years', () => {
    expect(usualRange(pts({ '2025-10': 5, '2026-10': 7 }), '2026-10')).toBeNull();
    expect(usualRange(pts({ '2026-10': 7 }), '2026-10')).toBeNull();
    expect(usualRange([], '2026-10')).toBeNull();
  });

  it('counts a missing month inside the data range as 0', () => {
    // 2023-10 is absent but the data run from 2022-01: the API left out a zero month.
    const range = usualRange(pts({ '2022-01': 1, '2022-10': 8, '2024-10': 4, '2026-10': 3 }), '2026-10');
    expect(range?.years).toEqual([2022, 2023, 2024, 2025]);
    // 8, 0, 4, 0 → mean 3
    expect(range?.mean).toBe(3);
  });

  it('does not count months before the data range as 0', () => {
    const history = pts({ '2024-10': 6, '2025-10': 8, '2026-10': 7 });
    expect(usualRange(history, '2026-10')?.years).toEqual([2024, 2025]);
    // An explicit data range can widen it (zero months left out at the start)…
    const wider = usualRange(history, '2026-10', { dataRange: { from: '2023-01', to: '2026-10' } });
    expect(wider?.years).toEqual([2023, 2024, 2025]);
    expect(wider?.mean).toBeCloseTo(14 / 3, 12);
    // …or narrow it.
    expect(usualRange(history, '2026-10', { dataRange: { from: '2025-01', to: '2026-10' } })).toBeNull();
  });

  it('accepts a contiguous monthly series', () => {
    const values = Array.from({ length: 36 }, (_, i) => (i % 12 === 9 ? 10 + i : 1));
    // from 2024-01: Octobers at i = 9 (2024), 21 (2025), 33 (2026)
    const range = usualRange({ from: '2024-01', values }, '2026-10');
    expect(range?.years).toEqual([2024, 2025]);
    expect(range?.mean).toBe((19 + 31) / 2);
  });

  it('adds up several points for the same month', () => {
    const range = usualRange(
      pts({ '2024-05': 2, '2025-05': 4 }).concat([{ month: '2024-05', value: 2 }]),
      '2026-05',
      { dataRange: { from: '2024-01', to: '2026-05' } },
    );
    expect(range?.mean).toBe(4);
    expect(range?.sd).toBe(0);
  });

  it('never puts the low end below zero', () => {
    const range = usualRange(pts({ '2023-01': 0, '2024-01': 20, '2025-01': 0 }), '2026-01', {
      dataRange: { from: '2023-01', to: '2026-01' },
    });
    expect(range?.low).toBe(0);
    expect(range?.high).toBeGreaterThan(20);
  });

  it('handles a month before the data range', () => {
    expect(usualRange(pts({ '2024-01': 3, '2025-01': 3 }), '2020-01')).toBeNull();
  });
});

describe('usualRangeFlag', () => {
  const range = { mean: 10, sd: 2, low: 6, high: 14, years: [2024, 2025] };

  it('flags values outside the band, not on its edges', () => {
    expect(usualRangeFlag(15, range)).toBe('high');
    expect(usualRangeFlag(5, range)).toBe('low');
    expect(usualRangeFlag(14, range)).toBeNull();
    expect(usualRangeFlag(6, range)).toBeNull();
    expect(usualRangeFlag(10, range)).toBeNull();
  });

  it('is null without a range or a value', () => {
    expect(usualRangeFlag(100, null)).toBeNull();
    expect(usualRangeFlag(null, range)).toBeNull();
  });

  it('flags any difference when every earlier year was the same', () => {
    const flat = { mean: 3, sd: 0, low: 3, high: 3, years: [2024, 2025] };
    expect(usualRangeFlag(4, flat)).toBe('high');
    expect(usualRangeFlag(2, flat)).toBe('low');
    expect(usualRangeFlag(3, flat)).toBeNull();
  });
});

describe('usual range history', () => {
  it('fetches five earlier years and never counts months before the fetch or the data as 0', () => {
    const period = { from: '2025-11', to: '2026-10' };
    expect(usualRangeHistoryFrom(period)).toBe('2020-11');
    expect(usualRangeDataRange(period, '2021-11')).toEqual({ from: '2021-11', to: '2026-10' });
    expect(usualRangeDataRange(period, '2015-01')).toEqual({ from: '2020-11', to: '2026-10' });
    expect(usualRangeDataRange(period, null)).toBeUndefined();
  });
});
