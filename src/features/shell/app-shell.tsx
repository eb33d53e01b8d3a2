import { Link } from '@tanstack/react-router';
import { useEffect, type ReactNode } from 'react';
import { describeError } from '../../components/error-message';
import { OutsideAreaNote } from '../../components/outside-area-note';
import { useSelectedArea } from '../../hooks/use-selected-area';
import { useViewState } from '../../hooks/use-view-state';
import { useI18n } from '../../i18n/i18n-context';
import { AccountMenu } from './account-menu';
import { AppNav } from './app-nav';
import { AreaSelector } from './area-selector';
import { CopyLinkButton } from './copy-link-button';
import { LanguageSelect } from './language-select';
import { PeriodSelector } from './period-selector';
import { ThemeToggle } from './theme-toggle';

export function AppShell({ children }: { children: ReactNode }) {
  const { t, fmt, locale } = useI18n();
  const view = useViewState();
  const { tree, area, areasQuery } = useSelectedArea();

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = area ? `${area.name} · ${t('app.short')}` : t('app.short');
  }, [locale, area, t]);

  return (
    <div className="min-h-screen">
      <a href="#main" className="skip-link">
        {t('app.skip')}
      </a>
      <header className="app-header">
        <div className="mx-auto flex max-w-screen-2xl flex-col gap-3 px-4 py-3">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <p className="flex flex-wrap items-center gap-2 text-lg font-bold">
              <span>{t('app.title')}</span>
              {view.data.demo && (
                <span className="badge-demo" title={t('demo.title')} data-testid="demo-badge">
                  {t('demo.badge')}
                </span>
              )}
            </p>
            <div className="flex flex-wrap items-end gap-2">
              <CopyLinkButton />
              {/* The conference deck of the same area, period and language, from its first slide. */}
              <Link
                to="/present"
                search={(prev) => ({ area: prev.area, period: prev.period, lang: prev.lang })}
                className="btn"
                data-testid="present-link"
              >
                {t('nav.present')}
              </Link>
              <LanguageSelect />
              <ThemeToggle />
              <AccountMenu />
            </div>
          </div>
          <div className="flex flex-wrap items-end gap-3">
            {tree && area ? (
              <AreaSelector tree={tree} selected={area} />
            ) : areasQuery.isError ? (
              <p role="alert" className="tone-bad text-sm">
                {t('area.loadFailed')}: {describeError(areasQuery.error, t, fmt)}
              </p>
            ) : null}
            <PeriodSelector
              key={`${view.period.from}..${view.period.to}`}
              spec={view.periodSpec}
              asOf={view.asOf}
              firstMonth={view.data.from}
              from={view.period.from}
              to={view.period.to}
            />
          </div>
          <OutsideAreaNote />
          <AppNav />
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-screen-2xl px-4 py-6">
        {children}
      </main>
      <footer className="mx-auto max-w-screen-2xl px-4 pb-6 text-sm text-muted">
        <p data-testid="as-of">
          {t(view.data.inferred ? 'range.asOfInferred' : 'asOf', { month: fmt.month(view.asOf) })}
        </p>
      </footer>
    </div>
  );
}
