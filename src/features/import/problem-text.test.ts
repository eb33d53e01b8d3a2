import { describe, expect, it } from 'vitest';
import { importProblemCodes, importProblemText } from '../../api/import-problems';
import { formatters } from '../../i18n/format';
import { translate } from '../../i18n/locales';
import { importProblemMessages } from '../../i18n/messages/views/import-problems';
import { problemText } from './problem-text';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('import problem messages', () => {
  it.each(['en', 'vi', 'fr'] as const)('has a %s message for every code, and no other', (locale) => {
    const keys = Object.keys(importProblemMessages[locale]).sort();
    expect(keys).toEqual(importProblemCodes.map((code) => `importProblem.${code}`).sort());
  });

  it.each(['en', 'vi', 'fr'] as const)(
    'names in %s every parameter of the contract’s English reason, and no other',
    (locale) => {
      const wrong = importProblemCodes.filter((code) => {
        const text = importProblemMessages[locale][`importProblem.${code}`];
        return JSON.stringify(placeholders(text)) !== JSON.stringify(placeholders(importProblemText[code]));
      });
      expect(wrong).toEqual([]);
    },
  );

  it('fills the parameters, numbers in the locale’s format', () => {
    const i18n = { t: translate.bind(null, 'vi'), fmt: formatters('vi') };
    const problem = { code: 'tooManyRowsFile', params: { rows: 1_200_000, max: 1_000_000 }, reason: 'x' };
    expect(problemText(problem, i18n)).toBe('1.200.000 dòng: mỗi tệp tối đa 1.000.000 dòng.');
    expect(
      problemText({ code: 'dayOutsideMonth', params: { month: '2026-02', days: 28 }, reason: 'x' }, i18n),
    ).toBe('Ngày không có trong tháng: tháng 2026-02 chỉ có 28 ngày.');
  });

  it('shows the server’s reason for a code it does not know', () => {
    const i18n = { t: translate.bind(null, 'fr'), fmt: formatters('fr') };
    expect(problemText({ code: 'newRule', params: {}, reason: 'a rule of a newer server' }, i18n)).toBe(
      'a rule of a newer server',
    );
  });
});
