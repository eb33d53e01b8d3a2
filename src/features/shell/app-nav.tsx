import { Link } from '@tanstack/react-router';
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/locales';

const views = [
  { to: '/', label: 'nav.overview' },
  { to: '/wards', label: 'nav.wards' },
  { to: '/compare', label: 'nav.compare' },
  { to: '/area', label: 'nav.area' },
  { to: '/incidents', label: 'nav.incidents' },
  { to: '/mediation', label: 'nav.mediation' },
  { to: '/groups', label: 'nav.groups' },
  { to: '/patrols', label: 'nav.patrols' },
  { to: '/report', label: 'nav.report' },
] as const satisfies ReadonlyArray<{ to: string; label: MessageKey }>;

export function AppNav() {
  const { t } = useI18n();
  return (
    <nav aria-label={t('nav.label')} className="app-nav">
      <ul className="flex flex-wrap gap-1">
        {views.map((v) => (
          <li key={v.to}>
            <Link
              to={v.to}
              // Only the shared view state follows: each view's own filters and pages stay behind.
              search={(prev) => ({ area: prev.area, period: prev.period, lang: prev.lang })}
              className="nav-link"
              activeOptions={{ exact: true, includeSearch: false }}
              activeProps={{ 'aria-current': 'page', className: 'nav-link-active' }}
            >
              {t(v.label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
