import { catalogs, type MessageKey } from './catalog';

export const locales = ['vi', 'en', 'fr'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'vi';

/** BCP 47 tags for Intl: Vietnamese and French as used in Vietnam and France; British English for dd/mm order. */
export const intlTags: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB', fr: 'fr-FR' };
export const localeNames: Record<Locale, string> = { vi: 'Tiếng Việt', en: 'English', fr: 'Français' };

export type TranslateValues = Record<string, string | number>;

export function translate(locale: Locale, key: MessageKey, values?: TranslateValues): string {
  const template = catalogs[locale][key];
  if (!values) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const v = values[name];
    return v === undefined ? match : String(v);
  });
}

export type { MessageKey };
