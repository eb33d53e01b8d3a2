// The words users read: one term per concept (docs/glossary.md), no developer words, and French
// punctuation that cannot start a line.
import { describe, expect, it } from 'vitest';
import glossary from '../../docs/glossary.md?raw';
import { allMessages } from './all-namespaces';
import type { CatalogLocale } from './catalog';

const locales: CatalogLocale[] = ['vi', 'en', 'fr'];

/** The text a reader sees of a message, without the {placeholders} filled in at run time. */
const readable = (message: string) => message.replace(/\{\w+\}/g, '');

/** A whole-word, case-insensitive match: "faits" is banned in French, "fait" is not. */
function wordPattern(words: string): RegExp {
  const escaped = words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}_])${escaped}(?![\\p{L}\\p{N}_])`, 'iu');
}

/** The Never column of the glossary's table: [locale, variant] pairs. */
function bannedVariants(markdown: string): Array<[CatalogLocale, string]> {
  const rows = markdown.split('\n').filter((line) => /^\|/.test(line) && !/^\|\s*-/.test(line));
  const [header, ...body] = rows.map((line) =>
    line
      .replace(/^\||\|$/g, '')
      .split('|')
      .map((cell) => cell.trim()),
  );
  const never = header?.indexOf('Never') ?? -1;
  if (never < 0) throw new Error('docs/glossary.md has no table with a Never column');
  return body.flatMap((cells) =>
    (cells[never] ?? '')
      .split(';')
      .map((pair) => pair.trim())
      .filter((pair) => pair !== '')
      .map((pair): [CatalogLocale, string] => {
        const [locale = '', ...words] = pair.split(':');
        const l = locale.trim();
        if (!locales.includes(l as CatalogLocale)) throw new Error(`glossary: "${pair}" names no locale`);
        return [l as CatalogLocale, words.join(':').trim()];
      }),
  );
}

describe('the glossary', () => {
  const banned = bannedVariants(glossary);

  it('lists banned variants for each locale', () => {
    for (const locale of locales)
      expect(
        banned.some(([l]) => l === locale),
        locale,
      ).toBe(true);
  });

  it.each(locales)('no %s message uses a banned variant', (locale) => {
    const found: string[] = [];
    for (const [key, message] of allMessages(locale))
      for (const [l, words] of banned)
        if (l === locale && wordPattern(words).test(readable(message))) found.push(`${key}: “${words}”`);
    expect(found).toEqual([]);
  });

  it('says a referred case and patrol findings the one way in every view, the deck and the report', () => {
    const vi = new Map(allMessages('vi'));
    for (const key of [
      'mediation.outcome.referred',
      'present.mediation.referred',
      'report.mediation.referred',
    ])
      expect(vi.get(key), key).toBe('Chuyển cơ quan chức năng');
    expect(vi.get('present.patrols.findings')).toBe('Phát hiện qua tuần tra');
    expect(vi.get('report.patrols.findings')).toBe('Phát hiện qua tuần tra');
  });
});

/**
 * Words of the code, not of the reader. Allowed: "HTTP" where a request or config error quotes the
 * status for whoever supports the server ("HTTP 404") — that number is what they look up.
 */
const developerWords = /(?<![\p{L}\p{N}_])(API|null|undefined|id|HTTP)(?![\p{L}\p{N}_])/giu;
const quotesHttpStatus = /^(config\.(status|notFound)|request\.\w+)$/;

describe('developer words', () => {
  it.each(locales)('no %s message a user reads says API, null, undefined, id or HTTP', (locale) => {
    const found: string[] = [];
    for (const [key, message] of allMessages(locale))
      for (const [word] of readable(message).matchAll(developerWords))
        if (!(word === 'HTTP' && quotesHttpStatus.test(key))) found.push(`${key}: ${word}`);
    expect(found).toEqual([]);
  });

  it('allows HTTP only beside a quoted status', () => {
    for (const locale of locales)
      for (const [key, message] of allMessages(locale))
        if (quotesHttpStatus.test(key) && message.includes('HTTP'))
          expect(message, `${locale} ${key}`).toMatch(/HTTP (\{status\}|\d{3})/);
  });
});

describe('French typography', () => {
  // A sign with a space before it must have a no-break one (U+202F or U+00A0); a JSON snippet
  // quoted for an administrator ("demo": true) keeps its own syntax.
  const json = /"\w+": /g;
  const spaced = /(^|[^\u202f\u00a0])([^\S\u202f\u00a0]?)([:;?!])(?=\s|$|[)»,.…])/gu;

  it('puts a no-break space before : ; ? ! in every French message', () => {
    const found: string[] = [];
    for (const [key, message] of allMessages('fr'))
      for (const m of readable(message).replace(json, '').matchAll(spaced)) found.push(`${key}: “${m[0]}”`);
    expect(found).toEqual([]);
  });

  it('joins a label and its value ("Vue d’ensemble : …") with a narrow no-break space', () => {
    expect(new Map(allMessages('fr')).get('punct.colon')).toBe('\u202f: ');
  });
});
