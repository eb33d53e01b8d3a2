// Sign-in through a real OpenID Connect provider (oidc-provider on loopback) against an API that
// checks the tokens: the round trip to a deep URL, the bearer token on every request, where the
// tokens are kept, and sign-out.
import type { Request } from '@playwright/test';
import { ACCOUNT_NAMES } from './support/auth-accounts';
import { pinnedDataset } from './support/expected';
import { expect, expectNoSeriousA11yViolations, FIXED_NOW, test } from './support/fixtures';
import { configureSignIn, signInAtProvider, testApi, testAccount, urls } from './support/sign-in';

const ds = pinnedDataset();
const district = ds.areas.filter((a) => a.level === 'district')[1];
if (!district) throw new Error('the mock data has no district');

test.beforeEach(async ({ page }) => {
  // The pinned instant, ticking: tokens expire and renew as they would.
  await page.clock.install({ time: FIXED_NOW });
  await configureSignIn(page);
});

function apiRequests(requests: Request[]) {
  return requests.filter((r) => r.url().startsWith(urls.apiBase) && r.method() === 'GET');
}

test('signing in lands on the view, area, period and filter that were asked for, and every API request carries the token', async ({
  page,
  pageErrors,
}) => {
  void pageErrors;
  const account = testAccount('province-viewer');
  const requests: Request[] = [];
  page.on('request', (r) => requests.push(r));
  const asked = `/incidents?area=${district.id}&period=2025&lang=vi&cat=drugs`;

  await page.goto(asked);
  await signInAtProvider(page, account);

  await page.waitForURL((url) => url.origin === urls.app && url.pathname === '/incidents');
  const landed = new URL(page.url());
  expect(Object.fromEntries(landed.searchParams)).toEqual({
    area: district.id,
    period: '2025',
    lang: 'vi',
    cat: 'drugs',
  });
  await expect(page.getByTestId('page-title')).toContainText(district.name);
  await expect(page.getByTestId('account-name')).toHaveText(ACCOUNT_NAMES['province-viewer']);
  await expect(page.getByRole('button', { name: 'Đăng xuất' })).toBeVisible();

  // Every API request carried a bearer token, and the API accepted it as this account's.
  const sent = apiRequests(requests);
  expect(sent.length).toBeGreaterThan(0);
  const tokens = new Set(sent.map((r) => r.headers()['authorization']));
  for (const header of tokens) expect(header).toMatch(/^Bearer [\w-]+\.[\w-]+\.[\w-]+$/);
  const seen = await testApi.requests(account);
  expect(seen.map((r) => r.path)).toEqual(expect.arrayContaining(['/areas', '/stats/incidents']));
  expect(seen.every((r) => r.status === 200)).toBe(true);

  // The tokens live in sessionStorage (the tab), never in localStorage.
  const storage = await page.evaluate(() => ({
    local: JSON.stringify(Object.entries(localStorage)),
    user: Object.entries(sessionStorage).find(([key]) => key.startsWith('oidc.user:'))?.[1] ?? '{}',
  }));
  const stored = JSON.parse(storage.user) as { access_token?: string; refresh_token?: string };
  const [header] = tokens;
  const sentToken = header?.slice('Bearer '.length) ?? '';
  for (const token of [sentToken, stored.access_token ?? '', stored.refresh_token ?? '']) {
    expect(token.length).toBeGreaterThan(20);
    expect(storage.local).not.toContain(token);
  }
  expect(storage.local).not.toContain('oidc.');
  await expectNoSeriousA11yViolations(page);
});

test('signing out returns to the app, which asks to sign in again', async ({ page, pageErrors }) => {
  void pageErrors;
  const account = testAccount('province-viewer');
  await page.goto('/wards?lang=en');
  await signInAtProvider(page, account);
  await expect(page.getByTestId('account-name')).toHaveText(ACCOUNT_NAMES['province-viewer']);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL(`${urls.issuer}/**`);
  await page.getByRole('button', { name: 'Sign out' }).click();

  // Back at the app's base, which finds no session and goes to the provider's login again.
  await page.waitForURL(`${urls.app}/`);
  await page.waitForURL(`${urls.issuer}/interaction/**`);
  await expect(page.getByLabel('Account')).toBeVisible();
  await signInAtProvider(page, account);
  await page.waitForURL((url) => url.origin === urls.app && url.pathname === '/');
  await expect(page.getByTestId('account-name')).toHaveText(ACCOUNT_NAMES['province-viewer']);
});

test('a return from the provider that cannot be used says so and offers to sign in again', async ({
  page,
  pageErrors,
}) => {
  void pageErrors;
  // A callback with no sign-in started from this tab (a stale or forged link).
  await page.goto('/auth/callback?code=forged&state=unknown&lang=vi');
  const failed = page.getByTestId('sign-in-failed');
  await expect(failed).toContainText('Đăng nhập chưa hoàn tất');
  await expect(page.getByTestId('account')).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Đăng nhập lại' }).click();
  await page.waitForURL(`${urls.issuer}/interaction/**`);
  await expect(page.getByLabel('Account')).toBeVisible();
});
