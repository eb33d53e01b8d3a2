import { lookupMessage, type MessageKey, type MessageText } from './catalog';

export const locales = ['vi', 'en', 'fr'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'vi';

/** BCP 47 tags for Intl: Vietnamese and French as used in Vietnam and France; British English for dd/mm order. */
export const intlTags: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB', fr: 'fr-FR' };
export const localeNames: Record<Locale, string> = { vi: 'Tiếng Việt', en: 'English', fr: 'Français' };

export type TranslateValues = Record<string, string | number>;

/** The part of a string after its last "{". */
type AfterLastBrace<S extends string> = S extends `${string}{${infer R}` ? AfterLastBrace<R> : S;
/** The names of a message's `{name, plural, …}` parameters. */
export type PluralNames<S extends string> = S extends `${string}{${infer N}, plural,${infer Rest}`
  ? AfterLastBrace<N> | PluralNames<Rest>
  : never;
/**
 * The values of a message: a plural parameter must be a number (its form and its digits come from
 * it), the others any string or number. A key only known as "some MessageKey" is not checked.
 */
export type ValuesFor<K extends MessageKey> = MessageKey extends K
  ? TranslateValues
  : TranslateValues & { [N in PluralNames<MessageText<K>>]: number };

const reported = new Set<string>();

/**
 * `{count, plural, one {# place} other {# places}}`: the form Intl.PluralRules picks for the number
 * `count` in the locale (`=0`-style exact forms first), with `#` that number formatted for the
 * locale. A form may hold plain `{name}` placeholders. Vietnamese has a single form (`other`).
 */
const pluralPattern =
  /\{(\w+), plural,((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{(?:[^{}]|\{\w+\})*\})+)\s*\}/g;
const formPattern = /(=\d+|zero|one|two|few|many|other)\s*\{((?:[^{}]|\{\w+\})*)\}/g;

const pluralRules = new Map<Locale, Intl.PluralRules>();
const countFormats = new Map<Locale, Intl.NumberFormat>();

function plural(locale: Locale, key: string, n: string | number | undefined, forms: string): string {
  if (typeof n !== 'number') {
    // The type of `values` requires a number: a string here came through an unchecked key.
    const problem = `Message "${key}" needs a number for its plural, got ${String(n)}`;
    if (import.meta.env.DEV) throw new Error(problem);
    console.error(problem);
  }
  const count = typeof n === 'number' ? n : Number(n);
  const byForm = new Map(Array.from(forms.matchAll(formPattern), ([, form = '', text = '']) => [form, text]));
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(intlTags[locale])));
  let digits = countFormats.get(locale);
  if (!digits) countFormats.set(locale, (digits = new Intl.NumberFormat(intlTags[locale])));
  const text = byForm.get(`=${count}`) ?? byForm.get(rules.select(count)) ?? byForm.get('other') ?? '';
  return text.replace(/#/g, digits.format(count));
}

export function translate<K extends MessageKey>(locale: Locale, key: K, values?: ValuesFor<K>): string {
  const template = lookupMessage(locale, key);
  if (template === undefined) {
    // The module using the key did not import its namespace (tests/i18n-registration.test.ts
    // checks they all do). Development and unit tests fail at once; in production the key shows
    // and the console says why, which fails every e2e test (they allow no console error).
    const problem = `Message "${key}" used before its namespace was registered`;
    if (import.meta.env.DEV) throw new Error(problem);
    if (!reported.has(key)) console.error(problem);
    reported.add(key);
    return key;
  }
  const given: TranslateValues = values ?? {};
  const withForms = template.includes(', plural,')
    ? template.replace(pluralPattern, (_, name: string, forms: string) =>
        plural(locale, key, given[name], forms),
      )
    : template;
  if (!values) return withForms;
  return withForms.replace(/\{(\w+)\}/g, (match, name: string) => {
    const v = given[name];
    return v === undefined ? match : String(v);
  });
}

export type { MessageKey };
