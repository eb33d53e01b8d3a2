import { describe, expect, it } from 'vitest';
import { catalogs } from './catalog';
import { formatters } from './format';
import { translate } from './locales';

describe('translations', () => {
  const { en, vi, fr } = catalogs;
  it('every locale has every key, none empty', () => {
    const keys = Object.keys(en).sort();
    for (const catalog of [vi, fr]) {
      expect(Object.keys(catalog).sort()).toEqual(keys);
      for (const value of Object.values(catalog)) expect(value.trim()).not.toBe('');
    }
  });

  it('keeps the same placeholders in every locale', () => {
    const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(en) as Array<keyof typeof en>) {
      expect(placeholders(vi[key]), key).toEqual(placeholders(en[key]));
      expect(placeholders(fr[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('interpolates values', () => {
    expect(translate('en', 'period.year', { year: 2025 })).toBe('Year 2025');
    expect(translate('vi', 'period.year', { year: 2025 })).toBe('Năm 2025');
  });
});

describe('formatters', () => {
  it('format numbers and percentages per locale', () => {
    expect(formatters('vi').number(4131)).toBe('4.131');
    expect(formatters('en').number(4131)).toBe('4,131');
    expect(formatters('fr').number(4131)).toMatch(/^4\s131$/u);
    expect(formatters('en').percent(0.7777)).toBe('77.8%');
    expect(formatters('vi').percent(0.7777)).toMatch(/^77,8\s?%$/u);
    expect(formatters('en').points(3.25)).toBe('+3.3');
  });

  it('formats months in the locale', () => {
    expect(formatters('en').month('2025-01')).toBe('January 2025');
    expect(formatters('fr').month('2025-01')).toBe('janvier 2025');
    expect(formatters('vi').month('2025-01')).toMatch(/1.*2025/);
  });
});
