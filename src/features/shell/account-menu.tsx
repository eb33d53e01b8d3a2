import { useState } from 'react';
import { useMe } from '../../api/endpoints/me';
import { getAuthSession, type AuthSession } from '../../auth/session';
import { useI18n } from '../../i18n/i18n-context';

/** Who is signed in (the API's /me name, else the ID token's, else the subject), and sign-out. */
function SignedIn({ session }: { session: AuthSession }) {
  const { t } = useI18n();
  const me = useMe();
  const [leaving, setLeaving] = useState(false);
  const name = me.data?.name ?? session.name ?? me.data?.subject ?? session.subject;
  return (
    <section aria-label={t('auth.account')} className="flex min-w-0 items-center gap-2" data-testid="account">
      <span className="min-w-0 truncate text-sm" title={t('auth.signedInAs', { name })}>
        <span className="sr-only">{t('auth.signedInAs', { name })}</span>
        <span aria-hidden="true" data-testid="account-name">
          {name}
        </span>
      </span>
      <button
        type="button"
        className="btn"
        disabled={leaving}
        onClick={() => {
          setLeaving(true);
          void session.signOut().catch(() => setLeaving(false));
        }}
        data-testid="sign-out"
      >
        {t('auth.signOut')}
      </button>
    </section>
  );
}

export function AccountMenu() {
  const session = getAuthSession();
  return session ? <SignedIn session={session} /> : null;
}
