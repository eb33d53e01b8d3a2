// A long session against an API that checks tokens: the access token is renewed with the refresh
// token before it expires, a 401 mid-session renews (or signs in again) without losing the view.
import { expect, FIXED_NOW, test } from './support/fixtures';
import { pinnedDataset } from './support/expected';
import { openSignedIn, testApi, urls } from './support/sign-in';

const ds = pinnedDataset();
const district = ds.areas.filter((a) => a.level === 'district')[2];
if (!district) throw new Error('the mock data has no district');

test.beforeEach(async ({ page }) => {
  // The pinned instant, ticking: the app's renewal timer runs as it would.
  await page.clock.install({ time: FIXED_NOW });
});

/** Every panel has its data: none loading, none failed. */
async function expectAllPanelsLoaded(page: import('@playwright/test').Page) {
  await expect(page.locator('[data-state="loading"]')).toHaveCount(0);
  await expect(page.locator('[data-state="error"]')).toHaveCount(0);
}

const nav = (page: import('@playwright/test').Page) => page.getByRole('navigation', { name: 'Các trang' });

test('the app keeps working past the first access token’s expiry: it was renewed with the refresh token', async ({
  page,
  pageErrors,
}) => {
  void pageErrors;
  test.setTimeout(180_000);
  const account = await openSignedIn(page, 'province-viewer', `/wards?area=${district.id}&lang=vi`);
  await expect(page.getByTestId('page-title')).toContainText(district.name);
  const [first] = await testApi.requests(account);
  if (!first?.exp || !first.iat) throw new Error('no request with a valid token');

  // The provider sees a refresh-token grant for this account before the first token expires…
  await expect
    .poll(async () => (await testApi.grants(account)).map((g) => g.grantType), { timeout: 60_000 })
    .toContain('refresh_token');
  // …and once it has expired, the app still gets its data, with a token issued later.
  await expect.poll(() => Date.now() / 1000 > (first.exp ?? 0) + 1, { timeout: 90_000 }).toBe(true);
  const before = (await testApi.requests(account)).length;
  await nav(page).getByRole('link', { name: 'Hòa giải' }).click();
  await expect(page.getByTestId('page-title')).toContainText(district.name);
  await expectAllPanelsLoaded(page);
  await expect.poll(async () => (await testApi.requests(account)).length).toBeGreaterThan(before);
  const later = (await testApi.requests(account)).slice(before);
  expect(later.every((r) => r.status === 200)).toBe(true);
  expect(later.every((r) => (r.iat ?? 0) > (first.iat ?? 0))).toBe(true);
});

test('a 401 mid-session renews the token and the view stays as it was', async ({ page, pageErrors }) => {
  void pageErrors;
  const account = await openSignedIn(
    page,
    'province-viewer',
    `/wards?area=${district.id}&period=2025&lang=vi`,
  );
  await expect(page.getByTestId('page-title')).toContainText(district.name);
  const grantsBefore = (await testApi.grants(account)).length;

  // The API now refuses the account's current token (revoked) for the next two requests.
  await testApi.reject(account, 2);
  await nav(page).getByRole('link', { name: 'Vụ việc' }).click();

  await expect(page).toHaveURL(`${urls.app}/incidents?area=${district.id}&period=2025&lang=vi`);
  await expect(page.getByTestId('page-title')).toContainText(district.name);
  await expectAllPanelsLoaded(page);
  const seen = await testApi.requests(account);
  const refused = seen.filter((r) => r.status === 401);
  expect(refused).toHaveLength(2);
  // Each refused request was asked again, with a renewed token, and answered. A page asks one
  // path with several queries at once, so the retry is the same path and the same query.
  for (const r of refused) {
    const retried = seen
      .slice(seen.indexOf(r) + 1)
      .find((s) => s.path === r.path && s.query === r.query && s.status === 200);
    expect(retried, `retry of ${r.path}${r.query}`).toBeDefined();
    expect(retried?.jti, `token of the retry of ${r.path}${r.query}`).not.toBe(r.jti);
    expect(retried?.iat ?? 0).toBeGreaterThanOrEqual(r.iat ?? 0);
  }
  const grants = (await testApi.grants(account)).slice(grantsBefore);
  expect(grants.map((g) => g.grantType)).toContain('refresh_token');
});

test('a 401 that renewal cannot cure signs in again and comes back to the same view', async ({
  page,
  pageErrors,
}) => {
  void pageErrors;
  const account = await openSignedIn(
    page,
    'province-viewer',
    `/wards?area=${district.id}&period=2025&lang=vi`,
  );
  await expect(page.getByTestId('page-title')).toContainText(district.name);
  const codeGrants = async () =>
    (await testApi.grants(account)).filter((g) => g.grantType === 'authorization_code').length;
  expect(await codeGrants()).toBe(1);

  // No refresh token left (as with a provider that issues none), and the API refuses the token.
  await page.evaluate(() => {
    for (const key of Object.keys(sessionStorage)) {
      if (!key.startsWith('oidc.user:')) continue;
      const user = JSON.parse(sessionStorage.getItem(key) ?? '{}') as Record<string, unknown>;
      delete user.refresh_token;
      sessionStorage.setItem(key, JSON.stringify(user));
    }
  });
  await testApi.reject(account, 1);
  await nav(page).getByRole('link', { name: 'Hòa giải' }).click();

  // Through the provider (its session still open: no login form) and back to the view asked for.
  await expect.poll(codeGrants).toBe(2);
  await expect(page).toHaveURL(`${urls.app}/mediation?area=${district.id}&period=2025&lang=vi`);
  await expect(page.getByTestId('page-title')).toContainText(district.name);
  await expectAllPanelsLoaded(page);
});
