import { Link } from '@tanstack/react-router';
import { useCanImport } from '../../hooks/use-can-import';
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/locales';

const views = [
  { to: '/', label: 'nav.overview' },
  { to: '/wards', label: 'nav.wards' },
  { to: '/compare', label: 'nav.compare' },
  { to: '/map', label: 'nav.map' },
  { to: '/area', label: 'nav.area' },
  { to: '/incidents', label: 'nav.incidents' },
  { to: '/mediation', label: 'nav.mediation' },
  { to: '/groups', label: 'nav.groups' },
  { to: '/patrols', label: 'nav.patrols' },
  { to: '/report', label: 'nav.report' },
] as const satisfies ReadonlyArray<{ to: string; label: MessageKey }>;

/** Only for accounts that may import (editors, admins): others would find a page they cannot use. */
const importView = { to: '/import', label: 'nav.import' } as const satisfies {
  to: string;
  label: MessageKey;
};

export function AppNav() {
  const { t } = useI18n();
  const { allowed } = useCanImport();
  const shown = allowed ? [...views, importView] : views;
  return (
    <nav aria-label={t('nav.label')} className="app-nav">
      <ul className="flex flex-wrap gap-1">
        {shown.map((v) => (
          <li key={v.to}>
            <Link
              to={v.to}
              // Only the shared view state follows: each view's own filters and pages stay behind.
              search={(prev) => ({ area: prev.area, period: prev.period, lang: prev.lang })}
              className="nav-link"
              activeOptions={{ exact: true, includeSearch: false }}
              activeProps={{ 'aria-current': 'page', className: 'nav-link-active' }}
              data-testid={v.to === '/import' ? 'nav-import' : undefined}
            >
              {t(v.label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
