// The parts of the header that both its layouts show: the title, the area and period, and the tools
// (copy link, the deck, language, theme, account). app-shell.tsx lays them out for wide screens,
// compact-header.tsx for phones and tablets.
import { Link } from '@tanstack/react-router';
import { describeError } from '../../components/error-message';
import { useSelectedArea } from '../../hooks/use-selected-area';
import { useViewState } from '../../hooks/use-view-state';
import { useI18n } from '../../i18n/i18n-context';
import { AccountMenu } from './account-menu';
import { AreaSelector } from './area-selector';
import { CopyLinkButton } from './copy-link-button';
import { LanguageSelect } from './language-select';
import { PeriodSelector } from './period-selector';
import { ThemeToggle } from './theme-toggle';

/** The dashboard's name (the short one on a phone) and the demo badge. */
export function AppTitle({ short = false }: { short?: boolean }) {
  const { t } = useI18n();
  const view = useViewState();
  return (
    <p className={`flex flex-wrap items-center gap-x-2 gap-y-1 font-bold ${short ? 'text-base' : 'text-lg'}`}>
      <span>{t(short ? 'app.short' : 'app.title')}</span>
      {view.data.demo && (
        <span className="badge-demo" title={t('demo.title')} data-testid="demo-badge">
          {t('demo.badge')}
        </span>
      )}
    </p>
  );
}

/** The area and period every view follows. `compact`: one row on a phone, the area taking what is left. */
export function AreaAndPeriod({ compact = false }: { compact?: boolean }) {
  const { t, fmt } = useI18n();
  const view = useViewState();
  const { tree, area, areasQuery } = useSelectedArea();
  return (
    <div className={`flex flex-wrap items-end ${compact ? 'gap-2' : 'gap-3'}`}>
      {tree && area ? (
        <AreaSelector tree={tree} selected={area} compact={compact} />
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
  );
}

/** Sharing, presenting and display preferences. */
export function HeaderTools() {
  const { t } = useI18n();
  return (
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
  );
}
