import { describe, expect, it } from 'vitest';
import type { Namespace } from './catalog';
import { formatters } from './format';
import { translate, type MessageKey } from './locales';
import { en } from './messages/en';
import { fr } from './messages/fr';
import { vi } from './messages/vi';

// Every view namespace (importing one registers it), found on disk so a new one is checked too.
const views = import.meta.glob<Record<string, Namespace>>('./messages/views/*.ts', { eager: true });
const namespaces: Array<[string, Namespace]> = [
  ['core', { en, vi, fr }],
  ...Object.entries(views).map(([path, exports]): [string, Namespace] => {
    const [ns] = Object.values(exports);
    if (!ns) throw new Error(`${path} exports no namespace`);
    return [path, ns];
  }),
];

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
    const placeholders = (s = '') => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(en)) {
      expect(placeholders(vi[key]), key).toEqual(placeholders(en[key]));
      expect(placeholders(fr[key]), key).toEqual(placeholders(en[key]));
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

  it("finds a view namespace's messages once the namespace is imported", () => {
    expect(translate('fr', 'charts.target', { value: '80 %' })).toBe('Objectif : 80 %');
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
});
