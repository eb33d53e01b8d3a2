// Interactions on the province data set (period, area, language and a sort of the ranking): the
// main-thread CPU each one costs, read from a Chromium trace. Writes test-results/bench/responsive.json
// (the largest per kind); reports, never gates.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../e2e/support/fixtures';
import { mainThreadTasks, mark } from './trace-tasks';

// Real timers: the figures are not checked here, only how long the main thread stays blocked.
test.use({ fixedClock: false });

/** The frame budget: no task on the page's main thread may run longer. */
const BUDGET_MS = 50;

test('switching period, area, language and sorting the ranking, on the province data set', async ({
  page,
  browser,
  openApp,
}) => {
  await openApp('/?lang=en', { shape: 'default' });
  await expect(page.getByTestId('kpi-incidents-value')).toBeVisible();
  await expect(page.locator('.recharts-wrapper')).toBeVisible();
  // The year presets appear once the data range is known: start-up (parsing the bundles,
  // generating the mock data set) is over, and is not an interaction.
  const yearOption = page.getByTestId('period-select').locator('option').nth(2);
  await expect(yearOption).toBeAttached();
  await page.waitForLoadState('networkidle');
  // Idle work queued by start-up (lazy chunks, the mock filling its caches) settles first.
  await page.waitForTimeout(1000);

  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
  });
  const languages = ['vi', 'fr', 'en', 'vi', 'en'] as const;
  for (const [round, lang] of languages.entries()) {
    await mark(page, `period ${round}`);
    const option = page
      .getByTestId('period-select')
      .locator('option')
      .nth(2 + (round % 2));
    const year = (await option.getAttribute('value')) ?? '';
    await page.getByTestId('period-select').selectOption(year);
    await expect(page.getByTestId('page-period')).toContainText(year);
    await expect(page.locator('.recharts-wrapper')).toBeVisible();
    await page.waitForTimeout(300);

    await mark(page, `area ${round}`);
    await page.getByTestId('area-input').click();
    await page
      .getByRole('listbox')
      .getByRole('option')
      .nth(round + 1)
      .click();
    await expect(page.getByTestId('kpi-incidents-value')).toBeVisible();
    await page.waitForTimeout(300);

    await mark(page, `language ${round}`);
    await page.getByTestId('language-select').selectOption(lang);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await page.waitForTimeout(500);
  }
  // Sorting the ranking (a province's 106 units) by a few of its columns, back and forth: the
  // province again first (the rounds above end on a ward, which ranks nothing).
  await page.getByTestId('area-input').click();
  await page.getByRole('listbox').getByRole('option').first().click();
  await page.getByRole('navigation').getByRole('link', { name: 'Wards' }).first().click();
  const table = page.getByTestId('ranking-table');
  await expect(table.locator('tbody tr').first()).toBeVisible();
  await page.waitForTimeout(500);
  const sortButtons = table.locator('thead button');
  for (let round = 0; round < 6; round++) {
    await mark(page, `sort ${round}`);
    await sortButtons.nth(1 + (round % 3)).click();
    await page.waitForTimeout(300);
  }
  await mark(page, 'end');
  const tasks = mainThreadTasks((await browser.stopTracing()).toString());

  // The trace must have seen the interactions' work, or the numbers below would say nothing.
  expect(tasks.filter((t) => t.step.startsWith('language ')).length).toBeGreaterThan(5);
  const long = tasks
    .filter((t) => t.cpuMs >= 20 || t.wallMs >= BUDGET_MS)
    .map((t) => `${t.step}: ${t.cpuMs.toFixed(1)} ms CPU, ${t.wallMs.toFixed(1)} ms wall`);
  test.info().annotations.push({ type: 'tasks over 20 ms CPU or 50 ms wall', description: long.join('; ') });
  // Per interaction: the main-thread CPU of all its tasks; per kind, the costliest of its rounds.
  const perStep = new Map<string, number>();
  for (const t of tasks) perStep.set(t.step, (perStep.get(t.step) ?? 0) + t.cpuMs);
  const worst = (kind: string) =>
    Number(
      Math.max(...[...perStep].filter(([step]) => step.startsWith(`${kind} `)).map(([, ms]) => ms)).toFixed(
        1,
      ),
    );
  const result = {
    period: worst('period'),
    area: worst('area'),
    language: worst('language'),
    sort: worst('sort'),
    longestTaskMs: Number(Math.max(...tasks.map((t) => t.cpuMs)).toFixed(1)),
  };
  mkdirSync(join('test-results', 'bench'), { recursive: true });
  writeFileSync(join('test-results', 'bench', 'responsive.json'), JSON.stringify(result, null, 2));
  test
    .info()
    .annotations.push({ type: 'main-thread CPU per interaction (ms)', description: JSON.stringify(result) });
});
