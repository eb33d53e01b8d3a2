import { AS_OF, expect, test } from './support/fixtures';
import { expectedFigures, formatFor, pinnedDataset } from './support/expected';

const ds = pinnedDataset();
const district = ds.areas.find((a) => a.level === 'district');
if (!district) throw new Error('no district in the mock data');
const year = Number(AS_OF.slice(0, 4)) - 1;

test('a copied link opens the same view; reload and back/forward restore it', async ({
  page,
  openApp,
  context,
}) => {
  const e = expectedFigures(ds, district.id, `${year}-01`, `${year}-12`);
  const en = formatFor('en-GB');
  await openApp(`/?area=${district.id}&period=${year}&lang=en`);
  await expect(page.getByTestId('page-title')).toHaveText(`Overview: ${district.name}`);
  await expect(page.getByTestId('kpi-incidents-value')).toHaveText(en.number(e.incidents));
  await expect(page.getByTestId('period-select')).toHaveValue(String(year));

  // A second browser tab opening the copied link sees the same view.
  const copied = page.url();
  const other = await context.newPage();
  await other.clock.setFixedTime(new Date('2026-11-15T03:00:00Z'));
  await other.goto(copied);
  await expect(other.getByTestId('kpi-incidents-value')).toHaveText(en.number(e.incidents));
  await other.close();

  await page.reload();
  await expect(page.getByTestId('kpi-incidents-value')).toHaveText(en.number(e.incidents));

  // Moving to another view keeps area, period and language; back returns.
  await page.getByRole('link', { name: 'Wards' }).click();
  await expect(page).toHaveURL(/\/wards\?/);
  await expect(page).toHaveURL(new RegExp(`area=${district.id}`));
  await expect(page).toHaveURL(new RegExp(`period=${year}`));
  await page.goBack();
  await expect(page.getByTestId('kpi-incidents-value')).toHaveText(en.number(e.incidents));

  await page.getByTestId('period-select').selectOption('12m');
  await expect(page).toHaveURL(/period=12m/);
  await page.goBack();
  await expect(page.getByTestId('period-select')).toHaveValue(String(year));
  await expect(page.getByTestId('kpi-incidents-value')).toHaveText(en.number(e.incidents));
});

test('an unknown area in a link says so instead of showing wrong figures', async ({ page, openApp }) => {
  await openApp('/?area=does-not-exist&lang=en');
  await expect(page.getByRole('alert')).toContainText('does-not-exist');
  await expect(page.getByTestId('kpi-incidents-value')).toHaveCount(0);
});

test('"Copy link" copies the URL of the current view', async ({ page, openApp, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(`/?area=${district.id}&period=${year}&lang=en`);
  await expect(page.getByTestId('kpi-incidents-value')).toBeVisible();
  await page.getByTestId('copy-link').click();
  await expect(page.getByText('Link copied')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());
  expect(new URL(copied).searchParams.get('area')).toBe(district.id);
});
