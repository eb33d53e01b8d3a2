import type { Page } from '@playwright/test';
import { expect, test } from '../e2e/support/fixtures';

// Real timers: the figures are not checked here, only how long the main thread stays blocked.
test.use({ fixedClock: false });

/** The frame budget: no task on the page's main thread may run longer. */
const BUDGET_MS = 50;

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  pid: number;
  tid: number;
  dur?: number;
  /** Thread (CPU) time of a complete event, in µs. */
  tdur?: number;
  args?: { data?: { message?: string } };
}

interface Task {
  step: string;
  cpuMs: number;
  wallMs: number;
}

/**
 * The page's main-thread tasks from a Chromium trace, each with the step it ran in (steps are
 * marked with console.timeStamp, which lands in the same trace on the same clock).
 *
 * The budget is checked on each task's CPU time on that thread, not its wall time: on a loaded
 * 2-core machine (CI, or other test runs) a 30 ms task can take 190 ms of wall time while other
 * processes hold the CPU, which says nothing about the app. Wall times are reported beside it.
 */
function mainThreadTasks(traceJson: string): Task[] {
  const { traceEvents } = JSON.parse(traceJson) as { traceEvents: TraceEvent[] };
  const stamps = traceEvents
    .filter((e) => e.name === 'TimeStamp' && e.args?.data?.message?.startsWith('step:'))
    .sort((a, b) => a.ts - b.ts);
  const first = stamps[0];
  if (!first) throw new Error('no step marks in the trace');
  return traceEvents
    .filter(
      (e) =>
        e.ph === 'X' &&
        e.pid === first.pid &&
        e.tid === first.tid &&
        (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask') &&
        e.ts >= first.ts,
    )
    .map((e) => ({
      step: (stamps.filter((s) => s.ts <= e.ts).pop()?.args?.data?.message ?? '').slice('step:'.length),
      cpuMs: (e.tdur ?? e.dur ?? 0) / 1000,
      wallMs: (e.dur ?? 0) / 1000,
    }));
}

const mark = (page: Page, step: string) => page.evaluate((s) => console.timeStamp(`step:${s}`), step);

// Runs alone after the other specs (the "perf" project in playwright.config.ts).
test(`switching period, area and language never blocks the main thread for ${BUDGET_MS} ms or more`, async ({
  page,
  browser,
  openApp,
}) => {
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
  await mark(page, 'end');
  const tasks = mainThreadTasks((await browser.stopTracing()).toString());

  // The trace must have seen the interactions' work, or the check below would pass on nothing.
  expect(tasks.filter((t) => t.step.startsWith('language ')).length).toBeGreaterThan(5);
  const long = tasks
    .filter((t) => t.cpuMs >= 20 || t.wallMs >= BUDGET_MS)
    .map((t) => `${t.step}: ${t.cpuMs.toFixed(1)} ms CPU, ${t.wallMs.toFixed(1)} ms wall`);
  test.info().annotations.push({ type: 'tasks over 20 ms CPU or 50 ms wall', description: long.join('; ') });
  const longest = Math.max(...tasks.map((t) => t.cpuMs));
  expect(longest, long.join('\n')).toBeLessThan(BUDGET_MS);
});
