import { describe, expect, expectTypeOf, it } from 'vitest';
import { allNamespaces as namespaces } from './all-namespaces';
import { formatters } from './format';
import { translate, type MessageKey, type ValuesFor } from './locales';

describe.each(namespaces)('translations: %s', (_, { en, vi, fr }) => {
  it('every locale has every key, none empty', () => {
    const keys = Object.keys(en).sort();
    expect(keys.length).toBeGreaterThan(0);
    for (const catalog of [en, vi, fr]) {
      expect(Object.keys(catalog).sort()).toEqual(keys);
      for (const value of Object.values(catalog)) expect(value.trim()).not.toBe('');
    }
  });

  it('keeps the same placeholders in every locale', () => {
    // Plain ({name}) and plural ({name, plural, …}) parameters alike.
    const placeholders = (s = '') => Array.from(s.matchAll(/\{(\w+)(?=\}|, plural,)/g), ([, n]) => n).sort();
    for (const key of Object.keys(en)) {
      expect(placeholders(vi[key]), key).toEqual(placeholders(en[key]));
      expect(placeholders(fr[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('pluralizes the same parameters in every locale, so each gets the number it needs', () => {
    const plurals = (s = '') => Array.from(s.matchAll(/\{(\w+), plural,/g), ([, n]) => n).sort();
    for (const key of Object.keys(en)) {
      expect(plurals(vi[key]), key).toEqual(plurals(en[key]));
      expect(plurals(fr[key]), key).toEqual(plurals(en[key]));
      // Every plural has an `other` form, the one each locale falls back on.
      for (const text of [en[key], vi[key], fr[key]])
        if (text?.includes(', plural,')) expect(text, key).toMatch(/other \{/);
    }
  });
});

describe('translate', () => {
  it('defines each key in one namespace only, so registering one never overwrites another', () => {
    const seen = new Map<string, string>();
    for (const [name, ns] of namespaces) {
      for (const key of Object.keys(ns.en)) {
        expect(seen.get(key), `${key} in ${name}`).toBeUndefined();
        seen.set(key, name);
      }
    }
  });

  it('interpolates values', () => {
    expect(translate('en', 'period.year', { year: 2025 })).toBe('Year 2025');
    expect(translate('vi', 'period.year', { year: 2025 })).toBe('Năm 2025');
  });

  it('picks the plural form with Intl.PluralRules and writes the number for the locale', () => {
    // English: one / other.
    expect(translate('en', 'wards.rankUp', { count: 1 })).toBe('up 1 place since a year earlier');
    expect(translate('en', 'wards.rankUp', { count: 2 })).toBe('up 2 places since a year earlier');
    expect(translate('en', 'area.results', { count: 1234 })).toBe('1,234 areas');
    // French: 0 and 1 are singular.
    expect(translate('fr', 'wards.rankDown', { count: 0 })).toBe('perd 0 place par rapport à un an plus tôt');
    expect(translate('fr', 'wards.rankDown', { count: 1 })).toBe('perd 1 place par rapport à un an plus tôt');
    expect(translate('fr', 'wards.rankDown', { count: 3 })).toBe(
      'perd 3 places par rapport à un an plus tôt',
    );
    expect(translate('fr', 'area.results', { count: 1234 })).toMatch(/^1\s234 territoires$/u);
    // Vietnamese: a single form.
    expect(translate('vi', 'wards.rankDown', { count: 1 })).toBe('giảm 1 bậc so với cùng kỳ năm trước');
    expect(translate('vi', 'area.results', { count: 1234 })).toBe('1.234 địa bàn');
  });

  it('types a plural parameter as a number, and other parameters as text or numbers', () => {
    // Checked by the type checker (tsc -b covers the tests), not at run time.
    expectTypeOf<ValuesFor<'wards.rankUp'>['count']>().toEqualTypeOf<number>();
    expectTypeOf<ValuesFor<'period.year'>['year']>().toEqualTypeOf<string | number>();
  });

  it('refuses, in development and tests, a plural given a string rather than its number', () => {
    const key = 'wards.rankUp' as MessageKey;
    expect(() => translate('en', key, { count: '2' })).toThrow(/number/);
  });

  it("finds a view namespace's messages once the namespace is imported", () => {
    expect(translate('fr', 'charts.target', { value: '80 %' })).toBe('Objectif\u202f: 80 %');
  });

  it('refuses, in development and tests, a key whose namespace is not registered', () => {
    expect(() => translate('en', 'nowhere.key' as MessageKey)).toThrow(/nowhere\.key/);
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

  it('writes decimals with a fixed number of digits, so a column of rates lines up', () => {
    expect(formatters('en').decimal(29)).toBe('29.0');
    expect(formatters('en').decimal(28.24)).toBe('28.2');
    expect(formatters('vi').decimal(1234.56)).toBe('1.234,6');
    expect(formatters('fr').decimal(0.05, 2)).toBe('0,05');
    expect(formatters('en').decimal(12.6, 0)).toBe('13');
    // Plain numbers keep "at most" digits: axis ticks read 10, not 10.0.
    expect(formatters('en').number(10, 1)).toBe('10');
  });

  it('formats months in the locale', () => {
    expect(formatters('en').month('2025-01')).toBe('January 2025');
    expect(formatters('fr').month('2025-01')).toBe('janvier 2025');
    expect(formatters('vi').month('2025-01')).toMatch(/1.*2025/);
  });

  it('writes short months as Vietnamese reports do, and in the usual forms in English and French', () => {
    expect(formatters('vi').monthShort('2026-01')).toBe('T1/2026');
    expect(formatters('vi').monthShort('2025-12')).toBe('T12/2025');
    expect(formatters('en').monthShort('2026-01')).toBe('Jan 2026');
    expect(formatters('fr').monthShort('2026-01')).toBe('janv. 2026');
    // Prose keeps the long form.
    expect(formatters('vi').month('2026-01')).toBe('tháng 1 năm 2026');
  });
});
