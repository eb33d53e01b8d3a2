import { describe, it, expect } from 'vitest';
import {
  addMonths,
  calendarYear,
  clampPeriod,
  compareMonths,
  fullYearsIn,
  inPeriod,
  isMonth,
  last12Months,
  lastCompleteMonth,
  monthToDate,
  monthsBetween,
  parseMonth,
  periodLength,
  priorPeriod,
  yearToDate,
} from './months';

describe('isMonth / parseMonth', () => {
  it('accepts YYYY-MM only', () => {
    expect(isMonth('2025-01')).toBe(true);
    expect(isMonth('2025-12')).toBe(true);
    for (const bad of ['2025-00', '2025-13', '2025-1', '25-01', '2025-01-01', '2025/01', '', ' 2025-01']) {
      expect(isMonth(bad)).toBe(false);
    }
  });

  it('splits into year and 1-based month', () => {
    expect(parseMonth('2024-02')).toEqual({ year: 2024, month: 2 });
    expect(parseMonth('0999-12')).toEqual({ year: 999, month: 12 });
  });

  it('throws on malformed input instead of producing NaN months', () => {
    expect(() => parseMonth('2024-13')).toThrow(RangeError);
    expect(() => addMonths('nope', 1)).toThrow(RangeError);
    expect(() => monthsBetween('2024-01', '2024-1')).toThrow(RangeError);
  });
});

describe('addMonths', () => {
  it('crosses year boundaries both ways', () => {
    expect(addMonths('2025-01', -1)).toBe('2024-12');
    expect(addMonths('2024-12', 1)).toBe('2025-01');
    expect(addMonths('2025-03', -12)).toBe('2024-03');
    expect(addMonths('2025-03', -27)).toBe('2022-12');
    expect(addMonths('2024-11', 14)).toBe('2026-01');
    expect(addMonths('2024-06', 0)).toBe('2024-06');
  });

  it('rejects fractional steps', () => {
    expect(() => addMonths('2024-06', 0.5)).toThrow(RangeError);
  });
});

describe('compareMonths', () => {
  it('orders months chronologically', () => {
    expect(compareMonths('2024-12', '2025-01')).toBe(-1);
    expect(compareMonths('2025-01', '2024-12')).toBe(1);
    expect(compareMonths('2025-01', '2025-01')).toBe(0);
    expect(['2025-02', '2023-11', '2024-12'].sort(compareMonths)).toEqual(['2023-11', '2024-12', '2025-02']);
  });
});

describe('monthsBetween / periodLength / inPeriod', () => {
  it('is inclusive and crosses the year boundary', () => {
    expect(monthsBetween('2024-11', '2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(monthsBetween('2024-05', '2024-05')).toEqual(['2024-05']);
  });

  it('is empty when from is after to', () => {
    expect(monthsBetween('2025-02', '2025-01')).toEqual([]);
    expect(periodLength({ from: '2025-02', to: '2025-01' })).toBe(0);
  });

  it('counts months of a period', () => {
    expect(periodLength({ from: '2024-11', to: '2025-02' })).toBe(4);
    expect(periodLength({ from: '2024-01', to: '2024-12' })).toBe(12);
  });

  it('tests membership including both ends', () => {
    const p = { from: '2024-11', to: '2025-02' };
    expect(inPeriod('2024-11', p)).toBe(true);
    expect(inPeriod('2025-02', p)).toBe(true);
    expect(inPeriod('2024-10', p)).toBe(false);
    expect(inPeriod('2025-03', p)).toBe(false);
  });
});

describe('priorPeriod', () => {
  it('is the same months one year earlier', () => {
    expect(priorPeriod({ from: '2025-01', to: '2025-06' })).toEqual({ from: '2024-01', to: '2024-06' });
    expect(priorPeriod({ from: '2024-11', to: '2025-02' })).toEqual({ from: '2023-11', to: '2024-02' });
  });
});

describe('lastCompleteMonth', () => {
  it('is the month before now, across the year boundary', () => {
    expect(lastCompleteMonth(new Date('2025-01-15T12:00:00Z'))).toBe('2024-12');
    expect(lastCompleteMonth(new Date('2025-07-31T23:59:59Z'))).toBe('2025-06');
  });

  it('uses UTC, not the local calendar', () => {
    // 1 March 00:30 in Hanoi (UTC+7) is still 28 February in UTC.
    expect(lastCompleteMonth(new Date('2025-03-01T00:30:00+07:00'))).toBe('2025-01');
    expect(lastCompleteMonth(new Date('2025-03-01T00:00:00Z'))).toBe('2025-02');
  });
});

describe('period presets', () => {
  it('yearToDate runs from January of the same year', () => {
    expect(yearToDate('2025-04')).toEqual({ from: '2025-01', to: '2025-04' });
    expect(yearToDate('2025-01')).toEqual({ from: '2025-01', to: '2025-01' });
  });

  it('last12Months spans twelve months ending with asOf', () => {
    const p = last12Months('2025-03');
    expect(p).toEqual({ from: '2024-04', to: '2025-03' });
    expect(periodLength(p)).toBe(12);
    expect(last12Months('2024-12')).toEqual({ from: '2024-01', to: '2024-12' });
  });

  it('calendarYear is January to December', () => {
    expect(calendarYear(2024)).toEqual({ from: '2024-01', to: '2024-12' });
  });
});

describe('fullYearsIn', () => {
  it('lists only wholly covered years, newest first', () => {
    expect(fullYearsIn('2022-03', '2024-12')).toEqual([2024, 2023]);
    expect(fullYearsIn('2022-01', '2024-11')).toEqual([2023, 2022]);
    expect(fullYearsIn('2021-01', '2023-12')).toEqual([2023, 2022, 2021]);
  });

  it('is empty when no calendar year fits', () => {
    expect(fullYearsIn('2024-02', '2025-01')).toEqual([]);
    expect(fullYearsIn('2024-01', '2024-11')).toEqual([]);
    expect(fullYearsIn('2025-01', '2024-01')).toEqual([]);
  });
});

describe('clampPeriod', () => {
  const data = { from: '2023-01', to: '2025-03' };

  it('keeps a period that is inside the bounds', () => {
    expect(clampPeriod({ from: '2024-01', to: '2024-12' }, data)).toEqual({ from: '2024-01', to: '2024-12' });
  });

  it('cuts off the parts outside the bounds', () => {
    expect(clampPeriod({ from: '2022-06', to: '2025-12' }, data)).toEqual(data);
    expect(clampPeriod({ from: '2025-01', to: '2025-12' }, data)).toEqual({ from: '2025-01', to: '2025-03' });
  });

  it('is null when there is no overlap', () => {
    expect(clampPeriod({ from: '2025-04', to: '2025-12' }, data)).toBeNull();
    expect(clampPeriod({ from: '2020-01', to: '2022-12' }, data)).toBeNull();
  });
});

describe('monthToDate', () => {
  it('is midnight UTC on the first day', () => {
    expect(monthToDate('2025-01').toISOString()).toBe('2025-01-01T00:00:00.000Z');
    expect(monthToDate('2024-12').toISOString()).toBe('2024-12-01T00:00:00.000Z');
  });

  it('formats as the same month whatever the viewer time zone, when formatted in UTC', () => {
    const label = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
    expect(label.format(monthToDate('2025-01'))).toBe('January 2025');
  });
});
