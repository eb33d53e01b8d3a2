import type { Locator } from '@playwright/test';
import { incidentCategories } from '../src/api/schemas';
import { AS_OF, expect, expectNoSeriousA11yViolations, test } from './support/fixtures';
import { addMonths, formatFor, pinnedDataset, LAST_12 } from './support/expected';
import {
  expectedCategoryChanges,
  expectedMoves,
  incidentsOf,
  type CountChange,
} from './support/expected-incidents';

const ds = pinnedDataset();
const vi = formatFor('vi-VN');
const districts = ds.areas.filter((a) => a.level === 'district');
const district = districts[1] ?? districts[0];
if (!district) throw new Error('the mock data has no district');

/** What the change cell says, in Vietnamese, for a change the generator implies. */
function changeWords({ current, prior }: CountChange): string {
  if (prior === 0) return current === 0 ? 'Không đổi' : 'Mới';
  if (current === prior) return 'Không đổi';
  const shown = vi.percent(Math.abs(current - prior) / prior);
  // A change that shows as 0,0 % is neutral: no "Giảm"/"Tăng", the rounded figure in brackets.
  if (Math.abs(current - prior) / prior < 0.0005) return `Gần như không đổi (${shown})`;
  return `${current < prior ? 'Giảm' : 'Tăng'} ${shown}`;
}

async function expectChangeRow(row: Locator, c: CountChange) {
  const cells = row.getByRole('cell');
  await expect(cells.nth(0)).toHaveText(vi.number(c.current));
  await expect(cells.nth(1)).toHaveText(vi.number(c.prior));
  await expect(cells.nth(2)).toContainText(changeWords(c));
  if (c.prior < 10) await expect(cells.nth(2)).toContainText('Số nhỏ');
  else await expect(cells.nth(2)).not.toContainText('Số nhỏ');
}

async function expectCategoryTable(page: import('@playwright/test').Page, areaId: string) {
  const e = expectedCategoryChanges(ds, areaId, LAST_12.from, LAST_12.to);
  const table = page.getByTestId('category-changes');
  await expect(table.locator('tbody tr')).toHaveCount(incidentCategories.length);
  for (const c of e.categories) await expectChangeRow(table.locator(`tr[data-category="${c.category}"]`), c);
  await expectChangeRow(table.locator('tr[data-category="total"]'), e.total);
}

test('the change per category matches the mock data for the province and a district', async ({
  page,
  openApp,
}) => {
  await openApp('/incidents');
  await expect(page.getByTestId('page-title')).toContainText(ds.root.name);
  await expectCategoryTable(page, ds.root.id);

  await openApp(`/incidents?area=${district.id}`);
  await expect(page.getByTestId('page-title')).toContainText(district.name);
  await expectCategoryTable(page, district.id);
});

test('the largest rises and falls are the districts the mock data implies, linked to their detail', async ({
  page,
  openApp,
}) => {
  const e = expectedMoves(ds, ds.root.id, LAST_12.from, LAST_12.to, 5);
  await openApp('/incidents');
  for (const [testId, expected] of [
    ['largest-rises', e.rises],
    ['largest-falls', e.falls],
  ] as const) {
    const rows = page.getByTestId(testId).locator('tbody tr');
    await expect(rows).toHaveCount(expected.length);
    for (const [i, a] of expected.entries()) {
      const row = rows.nth(i);
      await expect(row).toHaveAttribute('data-area', a.id);
      await expect(row.getByRole('rowheader')).toHaveText(a.name);
      await expect(row.getByRole('cell').nth(0)).toHaveText(vi.number(a.current));
      await expect(row.getByRole('cell').nth(1)).toHaveText(vi.number(a.prior));
      await expect(row.getByRole('cell').nth(2)).toContainText(vi.number(Math.abs(a.delta)));
    }
  }
  const first = e.rises[0] ?? e.falls[0];
  if (!first) throw new Error('no district changed');
  await page.getByRole('link', { name: first.name }).first().click();
  await expect(page).toHaveURL(new RegExp(`/area\\?.*area=${first.id}`));
});

test('a heat-table cell and a focused category match the mock data', async ({ page, openApp }) => {
  const wards = ds.areas.filter((a) => a.parentId === district.id);
  const ward = wards[2] ?? wards[0];
  if (!ward) throw new Error('the district has no ward');
  const month = addMonths(AS_OF, -4);
  await openApp(`/incidents?area=${district.id}`);
  const table = page.getByTestId('heat-table');
  await expect(table.locator('tbody tr')).toHaveCount(wards.length);
  const cell = table.locator(`tr[data-area="${ward.id}"] td[data-month="${month}"]`);
  await expect(cell.getByTestId('heat-count')).toHaveText(vi.number(incidentsOf(ds, ward.id, [month])));

  await page.getByRole('combobox', { name: 'Loại vụ việc', exact: true }).selectOption('drugs');
  await expect(page).toHaveURL(/cat=drugs/);
  const drugs = incidentCategories.indexOf('drugs');
  await expect(cell.getByTestId('heat-count')).toHaveText(
    vi.number(incidentsOf(ds, ward.id, [month], drugs)),
  );
  await expect(page.getByRole('heading', { name: 'Ma túy: vụ việc theo tháng' })).toBeVisible();
});

test('the view follows an area change in the header', async ({ page, openApp }) => {
  await openApp('/incidents');
  await expect(page.getByTestId('category-changes')).toBeVisible();
  const input = page.getByRole('combobox', { name: 'Địa bàn' });
  await input.click();
  await input.fill(district.name);
  await page
    .getByRole('option', { name: new RegExp(`^${district.name}`) })
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`/incidents\\?.*area=${district.id}`));
  await expect(page.getByTestId('page-title')).toContainText(district.name);
  await expectCategoryTable(page, district.id);
  const wards = ds.areas.filter((a) => a.parentId === district.id);
  await expect(page.getByTestId('heat-table').locator('tbody tr')).toHaveCount(wards.length);
});

test('the Incidents view passes an accessibility scan in both themes and fits a phone', async ({
  page,
  openApp,
}) => {
  await openApp(`/incidents?area=${district.id}`);
  await expect(page.getByTestId('heat-table')).toBeVisible();
  await expect(page.locator('.recharts-wrapper')).toBeVisible();
  await expect(page.getByTestId('largest-rises').or(page.getByTestId('largest-falls')).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByTestId('theme-toggle').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expectNoSeriousA11yViolations(page, { coloursOnly: true });

  await page.setViewportSize({ width: 390, height: 844 });
  // The heat table scrolls inside its own box; the page itself never scrolls sideways.
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
