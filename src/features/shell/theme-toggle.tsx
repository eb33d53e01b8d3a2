import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context';

type Theme = 'light' | 'dark';
const STORAGE_KEY = 'antt.theme';

function initialTheme(): Theme {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (stored === 'light' || stored === 'dark') return stored;
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/**
 * A display preference, not view state: kept in the browser rather than in shared links.
 *
 * A toggle button ("Dark mode", pressed or not): its words and icon name what it turns on and never
 * change, and aria-pressed (drawn as the pressed style) says whether it is on. A label that flips
 * with the state ("☀ Dark" in light mode) left readers unsure which of the two it meant.
 */
export function ThemeToggle() {
  const { t } = useI18n();
  const [theme, setTheme] = useState<Theme>(initialTheme);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    localStorage.setItem(STORAGE_KEY, theme);
  }, [theme]);
  const next: Theme = theme === 'dark' ? 'light' : 'dark';
  return (
    <button
      type="button"
      className="btn"
      aria-pressed={theme === 'dark'}
      onClick={() => setTheme(next)}
      data-testid="theme-toggle"
    >
      <span aria-hidden="true">☾</span> {t('theme.dark')}
    </button>
  );
}
