import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context';

/** Copies the current URL: it holds the whole view (area, period, view, filters), so it reopens as is. */
export function CopyLinkButton() {
  const { t } = useI18n();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2500);
    return () => clearTimeout(timer);
  }, [state]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <div className="flex items-center gap-2">
      <button type="button" className="btn" onClick={() => void copy()} data-testid="copy-link">
        {t('share.copyLink')}
      </button>
      <span role="status" aria-live="polite" className="text-sm text-muted">
        {state === 'copied' ? t('share.copied') : state === 'failed' ? t('share.copyFailed') : ''}
      </span>
    </div>
  );
}
