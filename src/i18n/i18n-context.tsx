import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { formatters, type Formatters } from './format';
import { defaultLocale, translate, type Locale, type MessageKey, type ValuesFor } from './locales';

export interface I18n {
  locale: Locale;
  /** A message with its {placeholders} filled in; a plural parameter takes the number itself. */
  t: <K extends MessageKey>(key: K, values?: ValuesFor<K>) => string;
  fmt: Formatters;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const value = useMemo<I18n>(
    () => ({ locale, t: (key, values) => translate(locale, key, values), fmt: formatters(locale) }),
    [locale],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (ctx) return ctx;
  // Outside a provider (isolated component tests): the default locale keeps components usable.
  return {
    locale: defaultLocale,
    t: (key, values) => translate(defaultLocale, key, values),
    fmt: formatters(defaultLocale),
  };
}
