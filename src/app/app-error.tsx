import { useRouter, useRouterState, type ErrorComponentProps } from '@tanstack/react-router';
import { useEffect } from 'react';
import { I18nProvider, useI18n } from '../i18n/i18n-context';
import { localeNames, locales } from '../i18n/locales';
import { startupLocale } from './startup-error';

/**
 * The app's own page for anything unexpected (a bug, data no check foresaw): what went wrong, in
 * the user's language, with a way to try again and a way back to the Overview. Inside the shell
 * for a view's error; on its own, with a minimal header, when the shell itself failed.
 */
function ErrorBody({ error, reset }: ErrorComponentProps) {
  const { t, locale } = useI18n();
  const router = useRouter();
  const message = error instanceof Error ? error.message : String(error);
  return (
    <div role="alert" className="error-box flex flex-col items-start gap-3" data-testid="app-error">
      <h1 className="text-2xl font-bold">{t('appError.title')}</h1>
      <p>{t('appError.body')}</p>
      {message && <p className="text-sm break-words">{t('appError.details', { message })}</p>}
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className="btn"
          onClick={() => {
            reset();
            void router.invalidate();
          }}
        >
          {t('appError.retry')}
        </button>
        {/* A new start, not a client-side navigation: what failed may be held in memory. */}
        <a href={`${import.meta.env.BASE_URL}?lang=${locale}`} className="btn">
          {t('appError.back')}
        </a>
      </div>
    </div>
  );
}

/** A view failed: the shell (area, period, navigation) is still there around this. */
export function ViewError(props: ErrorComponentProps) {
  return <ErrorBody {...props} />;
}

/** Language links that reload the same address in another language: nothing else may work. */
function LanguageLinks() {
  const { locale, t } = useI18n();
  const href = (lang: string) => {
    const url = new URL(window.location.href);
    url.searchParams.set('lang', lang);
    return `${url.pathname}${url.search}`;
  };
  return (
    <nav aria-label={t('lang.label')} className="flex gap-2 text-sm">
      {locales.map((l) => (
        <a
          key={l}
          href={href(l)}
          lang={l}
          aria-current={l === locale ? 'true' : undefined}
          className="underline"
        >
          {localeNames[l]}
        </a>
      ))}
    </nav>
  );
}

function RootErrorPage(props: ErrorComponentProps) {
  const { t, locale } = useI18n();
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = `${t('appError.title')} · ${t('app.short')}`;
  }, [locale, t]);
  return (
    <div className="min-h-screen">
      <header className="app-header">
        <div className="mx-auto flex max-w-screen-2xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <p className="text-lg font-bold">{t('app.title')}</p>
          <LanguageLinks />
        </div>
      </header>
      <main id="main" className="mx-auto max-w-screen-2xl px-4 py-6">
        <ErrorBody {...props} />
      </main>
    </div>
  );
}

/** The shell itself failed: the root route renders this instead, with its own minimal header. */
export function RootError(props: ErrorComponentProps) {
  const search = useRouterState({ select: (state) => state.location.searchStr });
  return (
    <I18nProvider locale={startupLocale(search)}>
      <RootErrorPage {...props} />
    </I18nProvider>
  );
}
