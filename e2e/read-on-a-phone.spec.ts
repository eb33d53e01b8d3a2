// An official opens a link from Zalo on a phone: the header leaves the first screen to the figures,
// the rest of it is in a menu, and no page scrolls sideways. On a laptop the ranking fits, its
// header and totals in the page rather than under a second scroll box.
import type { Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, test } from './support/fixtures';
import { pinnedDataset } from './support/expected';
import { childrenOf } from './support/expected-ranking';

// Today's default data set (the province after the 2025 reform), as a Zalo link opens it.
const today = { shape: 'default' } as const;
const ds = pinnedDataset(today);
const compared = childrenOf(ds, ds.root.id)
  .slice(0, 3)
  .map((a) => a.id);

/** Each main view and where its first figure is: a KPI value, a chart's plot or a table's first row. */
const views = [
  { name: 'Overview', path: '/', first: '[data-testid="kpi-incidents-value"]' },
  { name: 'Wards', path: '/wards', first: '[data-testid="ranking-table"] tbody tr' },
  {
    name: 'Incidents',
    path: '/incidents',
    first: '[data-testid="incidents-chart"] .recharts-cartesian-grid',
  },
  { name: 'Mediation', path: '/mediation', first: 'main .kpi-value' },
  { name: 'Patrols', path: '/patrols', first: 'main .kpi-value' },
  { name: 'Groups', path: '/groups', first: 'main .kpi-value' },
  {
    name: 'Compare',
    path: `/compare?areas=${compared.join(',')}`,
    first: '[data-testid="compare-table"] tbody tr',
  },
];

/** The first screen of a 360 × 780 phone, less the browser's own bars. */
const FOLD = 560;

async function expectNoSidewaysScroll(page: Page) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => {
    const el = document.scrollingElement ?? document.documentElement;
    return { scrollWidth: el.scrollWidth, clientWidth: el.clientWidth };
  });
  expect(scrollWidth, 'the page’s width').toBeLessThanOrEqual(clientWidth);
}

test.describe('on a phone (360 × 780)', () => {
  test.use({ viewport: { width: 360, height: 780 } });

  for (const view of views) {
    test(`${view.name}: the first figure is on the first screen`, async ({ page, openApp }) => {
      await openApp(view.path, today);
      const first = page.locator(view.first).first();
      await expect(first).toBeVisible();
      // Every panel drawn: the first figure in the page is then the first one seen (a panel lower
      // down, already loaded, would otherwise be the first in the page for a moment).
      await expect(page.locator('main [data-state="loading"]')).toHaveCount(0);
      const box = await first.boundingBox();
      expect(box, 'the first figure’s box').not.toBeNull();
      expect((box?.y ?? Infinity) + (box?.height ?? 0), 'the first figure’s bottom').toBeLessThanOrEqual(
        FOLD,
      );
      await expectNoSidewaysScroll(page);
    });
  }

  test('the header menu opens and closes by keyboard, and its items work', async ({ page, openApp }) => {
    await openApp('/', today);
    await expect(page.getByTestId('kpi-incidents-value')).toBeVisible();
    // Area and period stay in the header; language, views and the rest wait in the menu.
    await expect(page.getByRole('combobox', { name: 'Địa bàn' })).toBeVisible();
    await expect(page.getByLabel('Kỳ báo cáo')).toBeVisible();
    const button = page.getByRole('button', { name: 'Trình đơn' });
    const menu = page.getByTestId('header-menu');
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(menu).toBeHidden();
    await expect(page.getByTestId('language-select')).toBeHidden();

    await button.focus();
    await page.keyboard.press('Enter');
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(menu).toBeVisible();
    // The menu follows its button: the next Tab is its first item.
    await page.keyboard.press('Tab');
    await expect(page.getByTestId('copy-link')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(button).toBeFocused();

    // Space opens it too; the language changes in place and the menu stays open to show it.
    await page.keyboard.press('Space');
    await expect(menu).toBeVisible();
    await page.getByTestId('language-select').selectOption('en');
    await expect(page).toHaveURL(/lang=en/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('button', { name: 'Menu' })).toHaveAttribute('aria-expanded', 'true');

    // A view chosen from the menu opens, and the menu closes behind it.
    await menu.getByRole('link', { name: 'Wards' }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/wards\?.*lang=en/);
    await expect(menu).toBeHidden();
    await expect(page.getByTestId('ranking-table').locator('tbody tr').first()).toBeVisible();
  });

  test('the phone layout, menu open, passes an accessibility scan', async ({ page, openApp }) => {
    await openApp('/wards', today);
    await expect(page.getByTestId('ranking-table').locator('tbody tr').first()).toBeVisible();
    await page.getByRole('button', { name: 'Trình đơn' }).click();
    await expect(page.getByTestId('header-menu')).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test('the ranking shows its key columns, the others a tick away', async ({ page, openApp }) => {
    await openApp('/wards', today);
    const table = page.getByTestId('ranking-table');
    await expect(table.locator('tbody tr').first()).toBeVisible();
    await expect(table.getByRole('columnheader', { name: /Vụ việc \/ 10\.000 dân/ })).toBeVisible();
    await expect(table.getByRole('columnheader', { name: 'Camera' })).toHaveCount(0);
    await table.getByTestId('column-menu').locator('summary').click();
    await page.getByRole('checkbox', { name: 'Camera' }).check();
    await expect(table.getByRole('columnheader', { name: 'Camera' })).toBeVisible();
    // The one scroll box scrolls sideways only; the name stays in view as the figures pass under it.
    const region = table.getByRole('region');
    const { scrollHeight, clientHeight } = await region.evaluate((el) => ({
      scrollHeight: el.scrollHeight,
      clientHeight: el.clientHeight,
    }));
    expect(scrollHeight).toBeLessThanOrEqual(clientHeight);
    const name = table.locator('tbody tr').first().locator('[data-column="name"]');
    const rank = table.locator('tbody tr').first().locator('[data-column="rank"]');
    await region.evaluate((el) => el.scrollBy({ left: 400 }));
    const left = (await region.boundingBox())?.x ?? 0;
    await expect.poll(async () => ((await rank.boundingBox())?.x ?? 0) < left).toBe(true);
    const nameLeft = ((await name.boundingBox())?.x ?? -1) - left;
    expect(nameLeft, 'the name’s distance from the box’s left edge').toBeGreaterThanOrEqual(0);
    expect(nameLeft).toBeLessThanOrEqual(2);
    await expectNoSidewaysScroll(page);
  });
});

for (const width of [768, 1440, 1920]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test('no view scrolls sideways', async ({ page, openApp }) => {
      for (const view of views) {
        await openApp(view.path, today);
        await expect(page.locator(view.first).first()).toBeVisible();
        await expect(page.locator('main [data-state="loading"]')).toHaveCount(0);
        await expectNoSidewaysScroll(page);
      }
    });
  });
}

test.describe('on a 1440 px laptop', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('the ranking fits, its header and totals in the page', async ({ page, openApp }) => {
    await openApp('/wards', today);
    const table = page.getByTestId('ranking-table');
    await expect(table.locator('tbody tr').first()).toBeVisible();
    const region = table.getByRole('region');
    const fit = await region.evaluate((el) => ({
      tableWidth: el.querySelector('table')?.getBoundingClientRect().width ?? Infinity,
      boxWidth: el.clientWidth,
      scrollWidth: el.scrollWidth,
      scrollHeight: el.scrollHeight,
      clientHeight: el.clientHeight,
    }));
    // Every column in the box: nothing to scroll sideways, and no second, vertical scroll box.
    expect(fit.tableWidth).toBeLessThanOrEqual(fit.boxWidth + 1);
    expect(fit.scrollWidth).toBeLessThanOrEqual(fit.boxWidth);
    expect(fit.scrollHeight).toBeLessThanOrEqual(fit.clientHeight);
    await expect(table.locator('thead')).toBeInViewport();
    // The totals row comes into view as the page scrolls, its last figure too.
    const totals = table.locator('tfoot tr');
    await totals.scrollIntoViewIfNeeded();
    await expect(totals.locator('[data-column="name"]')).toBeInViewport();
    await expect(totals.locator('td').last()).toBeInViewport();
  });
});
