import type { Page } from '@playwright/test';
import { expectedFigures, formatFor, pinnedDataset, LAST_12 } from './support/expected';
import { pageIds, patrolsIn, sortedBy } from './support/expected-lists';
import { expect, expectNoSeriousA11yViolations, test, tableRowIds } from './support/fixtures';

const ds = pinnedDataset();
const vi = formatFor('vi-VN');
const district = ds.areas.find((a) => a.level === 'district');
if (!district) throw new Error('no district in the mock data');

const rowIds = (page: Page) => tableRowIds(page, 'patrols-table');

test('a filtered, sorted page of the patrol log shows exactly the rows the data implies', async ({
  page,
  openApp,
}) => {
  const night = patrolsIn(ds, district.id, LAST_12.from, LAST_12.to).filter((p) => p.shift === 'night');
  const longest = sortedBy(night, 'durationMinutes', true);
  await openApp(`/patrols?area=${district.id}`);
  await page.getByTestId('filter-shift').selectOption('night');
  await expect(page).toHaveURL(/shift=night/);
  await page.getByTestId('sort-durationMinutes').click();
  await expect(page).toHaveURL(/sort=-durationMinutes/);
  await page.getByTestId('patrols-table-pager-next').click();
  await expect(page).toHaveURL(/page=2/);
  await expect.poll(() => rowIds(page)).toEqual(pageIds(longest, 2));
  await expect(page.getByTestId('patrols-table-pager-range')).toHaveText(
    `Dòng 51–100 trên tổng số ${vi.number(night.length)}`,
  );
  await page.reload();
  await expect(page.getByTestId('filter-shift')).toHaveValue('night');
  await expect.poll(() => rowIds(page)).toEqual(pageIds(longest, 2));
});

test('the day / night share is the log’s day and night patrols of the period', async ({ page, openApp }) => {
  const all = patrolsIn(ds, district.id, LAST_12.from, LAST_12.to);
  const day = all.filter((p) => p.shift === 'day').length;
  await openApp(`/patrols?area=${district.id}`);
  await expect(page.getByTestId('shift-day-value')).toHaveText(vi.percent(day / all.length));
  await expect(page.getByTestId('shift-night-value')).toHaveText(vi.percent((all.length - day) / all.length));
  await expect(page.getByTestId('shift-day-detail')).toHaveText(
    `${vi.number(day)} / ${vi.number(all.length)}`,
  );
  await expect(page.getByTestId('kpi-patrols-value')).toHaveText(vi.number(all.length));
});

test('patrols per group divide by the active groups that patrol, not by every group', async ({
  page,
  openApp,
}) => {
  const e = expectedFigures(ds, district.id, LAST_12.from, LAST_12.to);
  expect(e.patrollingGroups).toBeLessThan(e.activeGroups);
  const decimal = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  await openApp(`/patrols?area=${district.id}`);
  const kpi = page.getByTestId('kpi-per-group');
  await expect(kpi).toContainText('Lượt tuần tra mỗi tổ tham gia tuần tra');
  await expect(page.getByTestId('kpi-per-group-value')).toHaveText(
    decimal.format(e.patrols / e.patrollingGroups),
  );
  await expect(kpi).toContainText(
    `${vi.number(e.patrols)} lượt, ${vi.number(e.patrollingGroups)} tổ tham gia tuần tra`,
  );
});

test('the Patrols view passes an accessibility scan in light and dark themes', async ({ page, openApp }) => {
  await openApp('/patrols');
  await expect(page.getByTestId('kpi-patrols-value')).toBeVisible();
  await expect(page.getByTestId('patrols-table-pager-range')).toBeVisible();
  await expect(page.locator('.recharts-wrapper').first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByTestId('theme-toggle').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expectNoSeriousA11yViolations(page, { coloursOnly: true });
});
