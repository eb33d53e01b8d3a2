import { createRootRoute, Link, Outlet, retainSearchParams, useMatch } from '@tanstack/react-router';
import { AppShell } from '../../features/shell/app-shell';
import { useViewState } from '../../hooks/use-view-state';
import { I18nProvider, useI18n } from '../../i18n/i18n-context';
import { rootSearchSchema } from '../../lib/view-state';

function RootComponent() {
  const { lang } = useViewState();
  // The conference deck fills the screen by itself: no header, navigation or footer around it.
  const present = useMatch({ from: '/present', shouldThrow: false }) !== undefined;
  // A failed sign-in has no session: nothing that asks the API.
  const signInFailed = useMatch({ from: '/auth/callback', shouldThrow: false }) !== undefined;
  const bare = present || signInFailed;
  return (
    <I18nProvider locale={lang}>
      {bare ? (
        <Outlet />
      ) : (
        <AppShell>
          <Outlet />
        </AppShell>
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
});
