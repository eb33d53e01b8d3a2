import { useState } from 'react';
import { getSignInFailure } from '../../auth/session';
import { useI18n } from '../../i18n/i18n-context';

/**
 * The callback route's page. A successful return from the provider never shows it (start-up
 * replaces the URL with the one asked for); a failed one (an expired or forged state, the
 * provider's error, the address opened by hand) says why and offers to sign in again.
 */
export function SignInFailedPage() {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const failure = getSignInFailure();
  return (
    <main id="main" className="mx-auto flex max-w-2xl flex-col items-start gap-3 px-4 py-10">
      <div role="alert" className="error-box flex flex-col items-start gap-2" data-testid="sign-in-failed">
        <h1 className="text-xl font-bold">{t('auth.callbackFailed')}</h1>
        {failure && <p className="break-words">{t('auth.callbackDetail', { message: failure.message })}</p>}
      </div>
      <button
        type="button"
        className="btn"
        disabled={busy || !failure}
        onClick={() => {
          setBusy(true);
          void failure?.retry().catch(() => setBusy(false));
        }}
      >
        {t('auth.signInAgain')}
      </button>
    </main>
  );
}
