import { expect, test } from './support/fixtures';

// Real timers: the figures are not checked here, only how long the main thread stays blocked.
test.use({ fixedClock: false });

type LongTaskWindow = { longTasks: Array<{ step: string; ms: number }>; step: string };

// Runs alone after the other specs (the "perf" project in playwright.config.ts), so that other
// browsers do not steal the CPU this measures.
test('switching period, area and language never blocks a frame for more than 50 ms', async ({
  page,
  openApp,
}) => {
  await page.addInitScript(() => {
    const w = window as unknown as LongTaskWindow;
    w.longTasks = [];
    w.step = 'start-up';
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        w.longTasks.push({ step: w.step, ms: Math.round(entry.duration) });
    }).observe({ type: 'longtask' });
  });
  const step = (name: string) => page.evaluate((n) => ((window as unknown as LongTaskWindow).step = n), name);

  await openApp('/?lang=en');
  await expect(page.getByTestId('kpi-incidents-value')).toBeVisible();
  await expect(page.locator('.recharts-wrapper')).toBeVisible();
  // The year presets appear once the data range is known: start-up (parsing the bundles,
  // generating the mock data set) is over, and is not an interaction.
  const yearOption = page.getByTestId('period-select').locator('option').nth(2);
  await expect(yearOption).toBeAttached();
  await page.waitForLoadState('networkidle');
  // Idle work queued by start-up (lazy chunks, the mock filling its caches) settles first.
  await page.waitForTimeout(1000);

  await step('period');
  const year = (await yearOption.getAttribute('value')) ?? '';
  await page.getByTestId('period-select').selectOption(year);
  await expect(page.getByTestId('page-period')).toContainText(year);
  await expect(page.locator('.recharts-wrapper')).toBeVisible();

  await step('area');
  const input = page.getByRole('combobox', { name: 'Area' });
  await input.click();
  await page.getByRole('listbox').getByRole('option').nth(1).click();
  await expect(page.getByTestId('kpi-incidents-value')).toBeVisible();

  await step('language');
  await page.getByTestId('language-select').selectOption('vi');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Tổng quan');
  await page.waitForTimeout(500);

  const all = await page.evaluate(() => (window as unknown as LongTaskWindow).longTasks);
  const interactions = all.filter((t) => t.step !== 'start-up');
  test.info().annotations.push({ type: 'long tasks (ms)', description: JSON.stringify(all) });
  expect(
    Math.max(0, ...interactions.map((t) => t.ms)),
    `long tasks: ${JSON.stringify(interactions)}`,
  ).toBeLessThanOrEqual(50);
});
