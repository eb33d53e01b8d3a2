import { useEffect, useState } from 'react';
import { ConfigError, type ConfigProblem } from '../api/config';
import { I18nProvider, useI18n, type I18n } from '../i18n/i18n-context';
import { defaultLocale, locales, type Locale } from '../i18n/locales';

/** Before the router runs: `?lang=` in the address, else the browser's language, else Vietnamese. */
export function startupLocale(search = window.location.search, languages = navigator.languages): Locale {
  const isLocale = (value: string | null | undefined): value is Locale =>
    (locales as readonly (string | null | undefined)[]).includes(value);
  const fromUrl = new URLSearchParams(search).get('lang');
  if (isLocale(fromUrl)) return fromUrl;
  for (const tag of languages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLocale(primary)) return primary;
  }
  return defaultLocale;
}

function reason(problem: ConfigProblem, t: I18n['t']): string {
  switch (problem.kind) {
    case 'status':
      return problem.status === 404 ? t('config.notFound') : t('config.status', { status: problem.status });
    case 'html':
      return t('config.html');
    case 'syntax':
      return t('config.syntax', { message: problem.message });
    case 'network':
      return t('config.network');
    case 'timeout':
      return t('config.timeout', { seconds: Math.round(problem.ms / 1000) });
    case 'invalid':
      return t('config.invalid', { field: problem.field, message: problem.message });
    case 'noSource':
      return t('config.noSource');
    case 'noDemo':
      return t('config.noDemo');
  }
}

function StartupErrorPage({ error, onRetry }: { error: unknown; onRetry: () => Promise<void> }) {
  const { t, locale } = useI18n();
  const [retrying, setRetrying] = useState(false);
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t('config.title');
  }, [locale, t]);
  const why =
    error instanceof ConfigError
      ? reason(error.problem, t)
      : t('config.other', { message: error instanceof Error ? error.message : String(error) });
  return (
    <main
      className="mx-auto flex max-w-2xl flex-col items-start gap-4 px-4 py-10"
      data-testid="startup-error"
    >
      <p className="text-lg font-bold">{t('app.title')}</p>
      <div role="alert" className="error-box flex flex-col items-start gap-3">
        <h1 className="text-2xl font-bold">{t('config.title')}</h1>
        <p>{t('config.problem', { reason: why })}</p>
        <p className="text-sm">{t('config.hint')}</p>
        <button
          type="button"
          className="btn"
          disabled={retrying}
          onClick={() => {
            setRetrying(true);
            void onRetry().finally(() => setRetrying(false));
          }}
        >
          {t('config.retry')}
        </button>
      </div>
    </main>
  );
}

/** The full page shown when the app cannot start: it names config.json and what was wrong. */
export function StartupError(props: { error: unknown; onRetry: () => Promise<void> }) {
  return (
    <I18nProvider locale={startupLocale()}>
      <StartupErrorPage {...props} />
    </I18nProvider>
  );
}
