import { lookupMessage, type MessageKey } from './catalog';

export const locales = ['vi', 'en', 'fr'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'vi';

/** BCP 47 tags for Intl: Vietnamese and French as used in Vietnam and France; British English for dd/mm order. */
export const intlTags: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB', fr: 'fr-FR' };
export const localeNames: Record<Locale, string> = { vi: 'Tiếng Việt', en: 'English', fr: 'Français' };

export type TranslateValues = Record<string, string | number>;

const reported = new Set<string>();

export function translate(locale: Locale, key: MessageKey, values?: TranslateValues): string {
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
  if (!values) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const v = values[name];
    return v === undefined ? match : String(v);
  });
}

export type { MessageKey };
