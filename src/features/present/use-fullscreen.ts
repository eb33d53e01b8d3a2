import { useCallback, useEffect, useState } from 'react';

/**
 * The Fullscreen API on the whole document (the deck and its live region together). The state
 * follows `fullscreenchange`, so leaving with the browser's own Esc or F11 is reflected too.
 */
export function useFullscreen() {
  const [active, setActive] = useState(
    () => typeof document !== 'undefined' && document.fullscreenElement != null,
  );
  useEffect(() => {
    const sync = () => setActive(document.fullscreenElement != null);
    document.addEventListener('fullscreenchange', sync);
    return () => document.removeEventListener('fullscreenchange', sync);
  }, []);
  // Some browsers (and test environments) have no Fullscreen API: the button is then hidden.
  const supported = typeof document !== 'undefined' && document.fullscreenEnabled === true;
  const exit = useCallback(() => {
    if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
  }, []);
  const toggle = useCallback(() => {
    if (document.fullscreenElement) exit();
    // A refusal (no user gesture, a policy) leaves the deck as it was: nothing to report.
    else document.documentElement.requestFullscreen?.().catch(() => undefined);
  }, [exit]);
  return { active, supported, toggle, exit };
}
