// Signing in to the dashboard served by the reference server (its config.json names the test
// provider): the server checks the tokens itself and scopes the caller by their area claim.
import type { Page } from '@playwright/test';
import type { AccountKind } from './auth-accounts';
import { signInAtProvider, testAccount, urls } from './sign-in';

/** Opens `path` on the server, signs in at the provider as a fresh account of `kind`, and waits to be back. */
export async function openServerSignedIn(page: Page, kind: AccountKind, path: string): Promise<string> {
  const account = testAccount(kind);
  await page.goto(path);
  await signInAtProvider(page, account);
  await page.waitForURL((url) => url.origin === urls.server && !url.pathname.startsWith('/auth/'));
  return account;
}
