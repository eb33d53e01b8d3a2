import { useEffect, type ReactNode } from 'react';
import { OutsideAreaNote } from '../../components/outside-area-note';
import { COMPACT_HEADER_QUERY, useMediaQuery } from '../../hooks/use-media-query';
import { useSelectedArea } from '../../hooks/use-selected-area';
import { useViewState } from '../../hooks/use-view-state';
import { useI18n } from '../../i18n/i18n-context';
import { AppNav } from './app-nav';
import { CompactHeader } from './compact-header';
import { AppTitle, AreaAndPeriod, HeaderTools } from './header-parts';

export function AppShell({ children }: { children: ReactNode }) {
  const { t, fmt, locale } = useI18n();
  const view = useViewState();
  const { area } = useSelectedArea();
  // One layout or the other is rendered, never both hidden by CSS: each control exists once.
  const compact = useMediaQuery(COMPACT_HEADER_QUERY);

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
        {compact ? (
          <CompactHeader />
        ) : (
          <div className="mx-auto flex max-w-screen-2xl flex-col gap-3 px-4 py-3">
            <div className="flex flex-wrap items-center justify-between gap-3">
              <AppTitle />
              <HeaderTools />
            </div>
            <AreaAndPeriod />
            <OutsideAreaNote />
            <AppNav />
          </div>
        )}
      </header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-screen-2xl px-4 py-3 lg:py-6">
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
