// An account that may see one district (the API's /areas answers only its subtree): the district
// is the root everywhere, a link to an area outside it opens the district with a note, and a panel
// the account may not see says so.
import { accountRootId } from './support/auth-accounts';
import { childrenOf, expectedRanking, typicalRow, viNumber } from './support/expected-ranking';
import { pinnedDataset } from './support/expected';
import { expect, FIXED_NOW, test } from './support/fixtures';
import { openSignedIn, testApi } from './support/sign-in';

const ds = pinnedDataset();
const districtId = accountRootId('district-viewer', ds.areas);
const district = ds.areas.find((a) => a.id === districtId);
if (!district || district.level !== 'district') throw new Error('the district viewer has no district');
const wards = childrenOf(ds, district.id);
const ward = wards[0];
if (!ward) throw new Error('the district has no ward');

test.beforeEach(async ({ page }) => {
  await page.clock.install({ time: FIXED_NOW });
});

test('a district’s account sees its district as the root in the selector, ranking, breadcrumbs, deck and report', async ({
  page,
  pageErrors,
}) => {
  void pageErrors;
  const account = await openSignedIn(page, 'district-viewer', '/wards?lang=vi');

  // Selector: the district is the selected root, with its wards under it and nothing above.
  await expect(page.getByTestId('page-title')).toContainText(district.name);
  const input = page.getByTestId('area-input');
  await expect(input).toHaveValue(district.name);
  await expect(input).toHaveAttribute('title', district.name);
  await input.click();
  const options = page.getByRole('listbox').getByRole('option');
  await expect(options).toHaveCount(1 + wards.length);
  await expect(options.first()).toContainText(district.name);
  await page.keyboard.press('Escape');

  // Ranking: the district's wards with their figures from the data.
  const rows = expectedRanking(ds, district.id);
  const row = typicalRow(rows);
  const table = page.getByTestId('ranking-table');
  await expect(table.locator('tbody tr')).toHaveCount(wards.length);
  const cells = table.locator(`tbody tr[data-row-id="${row.id}"]`);
  await expect(cells.locator('[data-column="name"]')).toHaveText(row.name);
  await expect(cells.locator('[data-column="rank"]')).toContainText(String(row.rank));
  await expect(cells.locator('[data-column="incidents"]')).toHaveText(viNumber(row.incidents));
  await expect(page.getByText(ds.root.name)).toHaveCount(0);

  // Breadcrumbs start at the district.
  await page.goto(`/area?area=${ward.id}&lang=vi`);
  const crumbs = page.getByTestId('breadcrumbs');
  await expect(crumbs).toContainText(ward.name);
  await expect(crumbs.getByRole('link').first()).toHaveText(district.name);
  await expect(crumbs).not.toContainText(ds.root.name);

  // The deck and the report are the district's.
  await page.goto('/present?lang=vi');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(district.name);
  await page.goto('/report?lang=vi');
  await expect(page.getByTestId('page-title')).toContainText(district.name);
  await expect(page.getByText(ds.root.name)).toHaveCount(0);

  // The API was never asked for anything outside the district.
  expect((await testApi.requests(account)).filter((r) => r.status !== 200)).toEqual([]);
});

test('a link to an area outside the account opens its district, with a note', async ({
  page,
  pageErrors,
}) => {
  void pageErrors;
  const account = await openSignedIn(page, 'district-viewer', `/?area=${ds.root.id}&lang=vi`);
  await expect(page.getByTestId('page-title')).toContainText(district.name);
  const note = page.getByTestId('outside-area');
  await expect(note).toContainText(`“${ds.root.id}”`);
  await expect(note).toContainText(district.name);
  // Every panel answered before leaving, so no request is cut short by the navigation.
  await expect(page.locator('[data-state="loading"]')).toHaveCount(0);
  // The deck of the same link says it too, on its title slide, before an audience sees the figures.
  await page.goto(`/present?area=${ds.root.id}&lang=vi`);
  await expect(page.getByTestId('outside-area')).toContainText(`“${ds.root.id}”`);
  await expect(page.getByTestId('outside-area')).toContainText(district.name);
  await expect(page.getByTestId('title-period')).toBeVisible();
  expect((await testApi.requests(account)).filter((r) => r.status !== 200)).toEqual([]);
});

test('a panel this account may not see says so, beside the server’s problem', async ({
  page,
  pageErrors,
}) => {
  void pageErrors;
  const account = await openSignedIn(page, 'province-viewer', '/?lang=vi');
  await expect(page.getByTestId('page-title')).toContainText(ds.root.name);
  await testApi.forbid(account, '/stats/mediation');
  await page.getByRole('navigation', { name: 'Các trang' }).getByRole('link', { name: 'Hòa giải' }).click();

  const alert = page.locator('[data-state="error"]').first();
  await expect(alert).toContainText('Tài khoản này không được phép xem dữ liệu này (HTTP 403).');
  await expect(alert).toContainText('Máy chủ cho biết: Forbidden — Your role may not read /stats/mediation.');
  expect((await testApi.requests(account)).some((r) => r.status === 403)).toBe(true);
});
