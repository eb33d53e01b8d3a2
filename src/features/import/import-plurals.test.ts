// The import page's counts take the plural form of their number in each language ("1 problem",
// "2 problems"), with the number written as the language writes it.
import { describe, expect, it } from 'vitest';
import { translate } from '../../i18n/locales';
import '../../i18n/messages/views/import';

describe('import page counts', () => {
  it('use the plural form of their number', () => {
    expect(translate('en', 'import.status.rejected', { count: 1 })).toBe(
      '1 problem found: nothing was imported.',
    );
    expect(translate('en', 'import.status.rejected', { count: 2 })).toBe(
      '2 problems found: nothing was imported.',
    );
    expect(translate('en', 'import.status.imported', { rows: 1 })).toMatch(/^1 row imported\./);
    expect(translate('fr', 'import.status.imported', { rows: 1 })).toMatch(/^1 ligne importée\./);
    expect(translate('fr', 'import.status.imported', { rows: 12_400 })).toMatch(
      /^12\u202f400 lignes importées\./,
    );
    expect(translate('vi', 'import.status.imported', { rows: 12_400 })).toMatch(/^Đã nhập 12\.400 dòng\./);
    expect(translate('en', 'import.report.more', { count: 1 })).toBe('And 1 more problem, not listed.');
  });
});
