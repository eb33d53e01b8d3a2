import { useId } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { localeNames, locales, type Locale } from '../../i18n/locales';
import { useSetSearch } from './use-set-search';

export function LanguageSelect() {
  const { t, locale } = useI18n();
  const setSearch = useSetSearch();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t('lang.label')}</label>
      <select
        id={id}
        value={locale}
        onChange={(e) => setSearch({ lang: e.target.value as Locale })}
        data-testid="language-select"
      >
        {locales.map((l) => (
          <option key={l} value={l} lang={l}>
            {localeNames[l]}
          </option>
        ))}
      </select>
    </div>
  );
}
