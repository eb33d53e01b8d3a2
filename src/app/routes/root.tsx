import { createRootRoute, Link, Outlet, retainSearchParams, useMatch } from '@tanstack/react-router';
import { AppShell } from '../../features/shell/app-shell';
import { DataRangeGate } from '../../components/data-range-gate';
import { useLang } from '../../hooks/use-view-state';
import { I18nProvider, useI18n } from '../../i18n/i18n-context';
import { rootSearchSchema } from '../../lib/view-state';
import { RootError } from '../app-error';

function RootComponent() {
  const lang = useLang();
  // The conference deck fills the screen by itself: no header, navigation or footer around it.
  const present = useMatch({ from: '/present', shouldThrow: false }) !== undefined;
  // A failed sign-in has no session: nothing that asks the API.
  const signInFailed = useMatch({ from: '/auth/callback', shouldThrow: false }) !== undefined;
  return (
    <I18nProvider locale={lang}>
      {signInFailed ? (
        <Outlet />
      ) : (
        <DataRangeGate>
          {present ? (
            <Outlet />
          ) : (
            <AppShell>
              <Outlet />
            </AppShell>
          )}
        </DataRangeGate>
      )}
    </I18nProvider>
  );
}

function NotFound() {
  const { t } = useI18n();
  return (
    <div className="flex flex-col items-start gap-3">
      <h1 className="text-2xl font-bold">{t('notFound.title')}</h1>
      <Link to="/" search={(prev) => prev} className="btn">
        {t('notFound.back')}
      </Link>
    </div>
  );
}

export const rootRoute = createRootRoute({
  validateSearch: rootSearchSchema,
  // Area, period and language follow the user from view to view.
  search: { middlewares: [retainSearchParams(['area', 'period', 'lang'])] },
  component: RootComponent,
  notFoundComponent: NotFound,
  // Never TanStack's English "Something went wrong!": the app's own page, translated.
  errorComponent: RootError,
});
