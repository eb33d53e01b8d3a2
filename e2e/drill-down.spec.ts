import { expect, expectNoSeriousA11yViolations, test, type MockScenario } from './support/fixtures';
import { expectedFigures, pinnedDataset } from './support/expected';
import { expectedRanking, LAST_12, typicalRow, viNumber, viPercent } from './support/expected-ranking';

const ds = pinnedDataset();
const districts = expectedRanking(ds, ds.root.id);
const district = districts[Math.floor(districts.length / 2)];
if (!district) throw new Error('no district');
const ward = typicalRow(expectedRanking(ds, district.id));

async function expectKpis(page: import('@playwright/test').Page, areaId: string) {
  const e = expectedFigures(ds, areaId, LAST_12.from, LAST_12.to);
  await expect(page.getByTestId('kpi-incidents-value')).toHaveText(viNumber(e.incidents));
  await expect(page.getByTestId('kpi-incidents').getByTestId('change')).toContainText(
    viNumber(e.priorIncidents),
  );
  await expect(page.getByTestId('kpi-incident-rate-value')).toHaveText(
    viNumber((e.incidents / e.population) * 10_000, 1),
  );
  await expect(page.getByTestId('kpi-mediation-rate-value')).toHaveText(
    e.closed ? viPercent(e.resolved / e.closed) : '—',
  );
  await expect(page.getByTestId('kpi-patrols-value')).toHaveText(viNumber(e.patrols));
  await expect(page.getByTestId('kpi-active-groups-value')).toHaveText(viNumber(e.activeGroups));
  await expect(page.getByTestId('kpi-coverage-value')).toHaveText(viPercent(e.covered / e.residentialAreas));
  return e;
}

test('from the province to a district to a ward by ranking links and breadcrumbs, and back', async ({
  page,
  openApp,
}) => {
  await openApp('/wards');
  const table = page.getByTestId('ranking-table');
  await table.getByRole('link', { name: district.name, exact: true }).click();

  await expect(page).toHaveURL(new RegExp(`/area\\?.*area=${district.id}`));
  await expect(page.getByTestId('page-title')).toContainText(district.name);
  const crumbs = page.getByRole('navigation', { name: 'Vị trí của địa bàn' });
  await expect(crumbs.getByRole('listitem')).toHaveText([ds.root.name, `›${district.name}`]);
  await expect(crumbs.locator('[aria-current="page"]')).toHaveText(district.name);
  await expectKpis(page, district.id);
  // The district's own ranking lists its wards, with the right figures.
  const wardRow = table.locator(`tbody tr[data-row-id="${ward.id}"]`);
  await expect(wardRow.locator('[data-column="incidents"]')).toHaveText(viNumber(ward.incidents));
  await expect(wardRow.locator('[data-column="rank"]')).toContainText(String(ward.rank));

  await wardRow.getByRole('link', { name: ward.name }).click();
  await expect(page).toHaveURL(new RegExp(`area=${ward.id}`));
  await expect(page.getByTestId('page-title')).toContainText(ward.name);
  await expect(crumbs.getByRole('link')).toHaveText([ds.root.name, district.name]);
  await expect(crumbs.locator('[aria-current="page"]')).toHaveText(ward.name);
  const e = await expectKpis(page, ward.id);
  // A ward has no ranking below it; its monthly chart data is its own.
  await expect(page.getByTestId('ranking-table')).toHaveCount(0);
  await page
    .getByTestId('area-incidents-chart')
    .locator('..')
    .getByRole('button', { name: 'Xem dạng bảng' })
    .click();
  const monthRows = page.getByTestId('area-incidents-table').locator('tbody tr');
  await expect(monthRows).toHaveCount(12);
  for (const [i, m] of e.monthly.entries()) {
    await expect(monthRows.nth(i).locator('td').nth(0)).toHaveText(viNumber(m.current));
    await expect(monthRows.nth(i).locator('td').nth(1)).toHaveText(viNumber(m.prior));
  }

  await crumbs.getByRole('link', { name: district.name }).click();
  await expect(page).toHaveURL(new RegExp(`area=${district.id}`));
  await expectKpis(page, district.id);

  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`area=${ward.id}`));
  await expect(page.getByTestId('page-title')).toContainText(ward.name);
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`area=${district.id}`));
  await page.goBack();
  await expect(page).toHaveURL(/\/wards/);
  await expect(
    page.getByTestId('ranking-table').locator(`tbody tr[data-row-id="${district.id}"]`),
  ).toBeVisible();

  await page.goForward();
  await crumbs.getByRole('link', { name: ds.root.name }).click();
  await expect(page.getByTestId('page-title')).toContainText(ds.root.name);
  await expectKpis(page, ds.root.id);
});

test('the area detail passes an accessibility scan', async ({ page, openApp }) => {
  const scenario: MockScenario = {};
  await openApp(`/area?area=${district.id}`, scenario);
  await expect(page.getByTestId('kpi-incidents-value')).toBeVisible();
  await expect(page.locator('.recharts-wrapper').first()).toBeVisible();
  await expect(page.getByTestId('ranking-table').locator('tbody tr').first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
