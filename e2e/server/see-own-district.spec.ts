// A district's account on the reference server: the server scopes it by its token's area claim, so
// the district is the root everywhere, its wards are the ranking, and a link to an area outside it
// opens the district with a note.
import { accountRootId, ACCOUNT_NAMES } from '../support/auth-accounts';
import { expectedFigures, formatFor, LAST_12 } from '../support/expected';
import { childrenOf, expectedRanking, typicalRow, viNumber } from '../support/expected-ranking';
import { expect, FIXED_NOW, test } from '../support/fixtures';
import { serverDataset } from '../support/server-dataset';
import { openServerSignedIn } from '../support/server-sign-in';

const ds = serverDataset();
const vi = formatFor('vi-VN');
const district = ds.areas.find((a) => a.id === accountRootId('district-viewer', ds.areas));
if (!district || district.level !== 'district') throw new Error('the district viewer has no district');
const wards = childrenOf(ds, district.id);

test.beforeEach(async ({ page }) => {
  await page.clock.install({ time: FIXED_NOW });
});

test('a district’s account sees only its district: its figures, its wards, nothing above it', async ({
  page,
  pageErrors,
}) => {
  void pageErrors;
  await openServerSignedIn(page, 'district-viewer', '/?lang=vi');
  await expect(page.getByTestId('account-name')).toHaveText(ACCOUNT_NAMES['district-viewer']);
  await expect(page.getByTestId('page-title')).toContainText(district.name);
  const e = expectedFigures(ds, district.id, LAST_12.from, LAST_12.to);
  await expect(page.getByTestId('kpi-incidents-value')).toHaveText(vi.number(e.incidents));
  await expect(page.getByTestId('kpi-population-value')).toHaveText(vi.number(e.population));

  await page.goto('/wards?lang=vi');
  const table = page.getByTestId('ranking-table');
  await expect(table.locator('tbody tr')).toHaveCount(wards.length);
  const row = typicalRow(expectedRanking(ds, district.id));
  const cells = table.locator(`tbody tr[data-row-id="${row.id}"]`);
  await expect(cells.locator('[data-column="name"]')).toHaveText(row.name);
  await expect(cells.locator('[data-column="incidents"]')).toHaveText(viNumber(row.incidents));
  await expect(page.getByText(ds.root.name)).toHaveCount(0);
});

test('a link to an area outside the account opens its district with a note, and the server refuses the area', async ({
  page,
  pageErrors,
}) => {
  void pageErrors;
  const outside = childrenOf(ds, ds.root.id).find((p) => p.id !== district.parentId);
  if (!outside) throw new Error('no province outside the district');
  await openServerSignedIn(page, 'district-viewer', `/?area=${outside.id}&lang=vi`);
  await expect(page.getByTestId('page-title')).toContainText(district.name);
  await expect(page.getByTestId('outside-area')).toContainText(`“${outside.id}”`);

  // Asked directly with the account's own token, the server answers 403 for the other province.
  const token = await page.evaluate(() => {
    const key = Object.keys(sessionStorage).find((k) => k.startsWith('oidc.user:'));
    return key
      ? (JSON.parse(sessionStorage.getItem(key) ?? '{}') as { access_token?: string }).access_token
      : undefined;
  });
  const refused = await page.request.get(
    `/api/v1/stats/incidents?areaId=${outside.id}&from=${LAST_12.from}&to=${LAST_12.to}`,
    { headers: { authorization: `Bearer ${token ?? ''}` } },
  );
  expect(refused.status()).toBe(403);
  const unsigned = await page.request.get(`/api/v1/areas`);
  expect(unsigned.status()).toBe(401);
  expect(unsigned.headers()['www-authenticate']).toMatch(/^Bearer/);
});
