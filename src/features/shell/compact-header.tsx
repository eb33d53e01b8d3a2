import { useId, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { OutsideAreaNote } from '../../components/outside-area-note';
import { useI18n } from '../../i18n/i18n-context';
import { AppNav } from './app-nav';
import { AppTitle, AreaAndPeriod, HeaderTools } from './header-parts';

/**
 * The header on a phone or tablet: the title and a menu button, then area and period in one row, so that
 * the view's first figure is on the first screen. Everything else (tools and views) is in the menu,
 * a disclosure that opens in place under the button: focus order is what the eye sees, and nothing
 * is covered. Escape closes it and gives focus back to the button; following a link closes it.
 */
export function CompactHeader() {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !open) return;
    e.preventDefault();
    setOpen(false);
    buttonRef.current?.focus();
  };
  const onClick = (e: MouseEvent) => {
    if (e.target instanceof Element && e.target.closest('a')) setOpen(false);
  };

  return (
    <div className="mx-auto flex max-w-screen-2xl flex-col gap-2 px-4 py-2">
      <div className="flex items-center justify-between gap-2">
        <AppTitle short />
        <button
          ref={buttonRef}
          type="button"
          className="btn shrink-0 justify-center px-3 text-base"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen((o) => !o)}
          onKeyDown={onKeyDown}
          data-testid="header-menu-button"
        >
          {/* The icon alone on screen: with the title and the demo badge it keeps to one line. */}
          <span aria-hidden="true">{open ? '✕' : '☰'}</span>
          <span className="sr-only">{t('nav.menu')}</span>
        </button>
      </div>
      {/* In the page while closed, so that aria-controls names an element. */}
      <div
        id={panelId}
        role="group"
        aria-label={t('nav.menuLabel')}
        hidden={!open}
        className="flex flex-col gap-3 border-y border-[var(--border)] py-3"
        onClick={onClick}
        // Only the menu's own keys: Escape in the area search (outside it) closes just that list.
        onKeyDown={onKeyDown}
        data-testid="header-menu"
      >
        <HeaderTools />
        <AppNav />
      </div>
      <AreaAndPeriod compact />
      <OutsideAreaNote />
    </div>
  );
}
