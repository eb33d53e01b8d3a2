// For the sign-in tests: config.json naming the test provider and the token-checking API
// (auth-servers.ts), an account of the test's own, the provider's login page, and what the servers
// saw (requests, token grants) or should do next (refuse, forbid).
import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { AUDIENCE, authUrls, CLIENT_ID, type AccountKind } from './auth-accounts';
import type { GrantEvent } from './oidc-test-provider';
import type { LoggedRequest } from './token-checking-api';

export const urls = authUrls();

/** An account id of this test alone, e.g. "district-viewer+3f2a9c1d". */
export function testAccount(kind: AccountKind): string {
  return `${kind}+${randomUUID().slice(0, 8)}`;
}

/** config.json of a deployment that requires sign-in. Call before page.goto. */
export async function configureSignIn(page: Page): Promise<void> {
  await page.route('**/config.json', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({
        apiBaseUrl: urls.apiBase,
        auth: { issuer: urls.issuer, clientId: CLIENT_ID, audience: AUDIENCE },
      }),
    }),
  );
}

/** Waits for the provider's login page and signs in there as `account`. */
export async function signInAtProvider(page: Page, account: string): Promise<void> {
  await page.waitForURL(`${urls.issuer}/interaction/**`);
  await page.getByLabel('Account').fill(account);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

async function control<T>(path: string, params: Record<string, string>): Promise<T> {
  const res = await fetch(`${urls.api}/__test/${path}?${new URLSearchParams(params)}`);
  if (!res.ok) throw new Error(`test API ${path}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

export const testApi = {
  /** The API requests the account made with a valid token, in order. */
  requests: (account: string) => control<LoggedRequest[]>('requests', { account }),
  /** The account's next `count` requests answer 401, as if its token had been revoked. */
  reject: (account: string, count: number) => control('reject', { account, count: String(count) }),
  /** The account may not read this API path: 403 problem. */
  forbid: (account: string, path: string) => control('forbid', { account, path }),
  /** The provider's successful token requests for the account. */
  grants: (account: string) => control<GrantEvent[]>('grants', { account }),
};

/** Opens `path` of a deployment with sign-in and signs in as a fresh account of `kind`. */
export async function openSignedIn(page: Page, kind: AccountKind, path: string): Promise<string> {
  const account = testAccount(kind);
  await configureSignIn(page);
  await page.goto(path);
  await signInAtProvider(page, account);
  await page.waitForURL((url) => url.origin === urls.app && !url.pathname.startsWith('/auth/'));
  return account;
}
