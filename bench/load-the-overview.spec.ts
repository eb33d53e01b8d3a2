// Loading the Overview, as a phone opening a shared link: the scripts it requests and their bytes
// before its first figure, the longest main-thread task after the first paint, and the time from
// its data's arrival to its first figures, on the province and the national data sets. Writes
// test-results/bench/load.json; reports, never gates.
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../e2e/support/fixtures';
import { mainThreadTasks } from './trace-tasks';

test.use({ fixedClock: false });

const OUT = join('test-results', 'bench', 'load.json');
const FIGURE = '[data-testid="kpi-incidents-value"]';

interface Load {
  scriptsBeforeFigure: number;
  jsKiBBeforeFigure: number;
  longestTaskAfterPaintMs: number;
  figuresAfterDataMs: number;
}

function save(name: string, load: Load) {
  mkdirSync(join('test-results', 'bench'), { recursive: true });
  const all = existsSync(OUT) ? (JSON.parse(readFileSync(OUT, 'utf8')) as Record<string, Load>) : {};
  writeFileSync(OUT, JSON.stringify({ ...all, [name]: load }, null, 2));
}

/** When the first figure appeared (performance.now() and Date.now()), watched from the start. */
async function watchFirstFigure(page: Page) {
  await page.addInitScript((selector) => {
    const w = window as unknown as { __firstFigure?: { at: number; epoch: number } };
    new MutationObserver((_, observer) => {
      if (w.__firstFigure || !document.querySelector(selector)) return;
      w.__firstFigure = { at: performance.now(), epoch: Date.now() };
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  }, FIGURE);
}

const sets = [
  { name: 'province', scenario: { shape: 'default' as const } },
  { name: 'national', scenario: { size: 'national' as const, shape: 'default' as const } },
];

for (const { name, scenario } of sets) {
  test(`the Overview loads on the ${name} data set`, async ({ page, browser, openApp }) => {
    const scripts: { epoch: number; url: string; bytes: Promise<number> }[] = [];
    page.on('request', (request) => {
      if (request.resourceType() !== 'script') return;
      scripts.push({
        epoch: Date.now(),
        url: request.url(),
        bytes: request
          .response()
          .then(async (r) => (r ? (await r.request().sizes()).responseBodySize : 0))
          .catch(() => 0),
      });
    });
    await watchFirstFigure(page);
    await browser.startTracing(page, {
      categories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'loading',
        'blink.user_timing',
      ],
    });
    await openApp('/?lang=vi', scenario);
    await expect(page.locator(FIGURE)).toBeVisible({ timeout: 240_000 });
    await expect(page.locator('.recharts-wrapper')).toBeVisible({ timeout: 60_000 });
    await page.waitForTimeout(1500);
    const trace = (await browser.stopTracing()).toString();

    const timing = await page.evaluate(() => {
      const w = window as unknown as { __firstFigure?: { at: number; epoch: number } };
      const figure = w.__firstFigure;
      const answers = performance
        .getEntriesByName('antt:answer')
        .filter((m) => figure !== undefined && m.startTime <= figure.at);
      const lastAnswer = Math.max(...answers.map((m) => m.startTime));
      return { figure, figuresAfterDataMs: figure ? figure.at - lastAnswer : -1 };
    });
    if (!timing.figure) throw new Error('the first figure was never seen');
    const before = scripts.filter((s) => s.epoch <= (timing.figure?.epoch ?? 0));
    const bytes = await Promise.all(before.map((s) => s.bytes));
    const tasks = mainThreadTasks(trace, { after: 'firstContentfulPaint' });
    const load: Load = {
      scriptsBeforeFigure: before.length,
      jsKiBBeforeFigure: Number((bytes.reduce((a, b) => a + b, 0) / 1024).toFixed(1)),
      longestTaskAfterPaintMs: Number(Math.max(0, ...tasks.map((t) => t.cpuMs)).toFixed(1)),
      figuresAfterDataMs: Math.round(timing.figuresAfterDataMs),
    };
    test.info().annotations.push({
      type: name,
      description: JSON.stringify({ ...load, scripts: before.map((s) => s.url) }),
    });
    save(name, load);
  });
}
