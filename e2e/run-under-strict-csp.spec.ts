// A deployment serves the dashboard under the strict Content-Security-Policy of deploy/nginx.conf
// (no inline script or style, nothing from another origin). An official uses every view, the
// deck and its speaker notes, downloads a chart and prints the report: the browser must report
// no violation, neither to the page nor to the policy's report-uri.
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { startStrictCspServer, type StrictCspServer } from './support/strict-csp-server';

// Each test its own server, so one test's reports never reach another's.
let server: StrictCspServer;
test.beforeEach(async () => {
  server = await startStrictCspServer();
});
test.afterEach(async () => {
  await server.close();
});

/** Every `securitypolicyviolation` in any page of the context, in the page's own words. */
async function recordViolations(context: BrowserContext) {
  await context.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, '__cspViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(
        `${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`,
      ),
    );
  });
}

function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
}

async function settled(page: Page) {
  await expect(page.locator('main h1').first()).toBeVisible();
  await expect(page.locator('[data-state="loading"]')).toHaveCount(0);
}

test('the policy is really enforced and its violations really counted', async ({ page }) => {
  await recordViolations(page.context());
  await page.goto(`${server.url}/?lang=vi`);
  await settled(page);
  // An inline script, as an attacker's injected markup would carry: blocked, and reported.
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true';
    document.head.append(script);
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
  await expect.poll(async () => (await violations(page)).length).toBeGreaterThan(0);
  expect(await violations(page)).toContainEqual(expect.stringMatching(/^script-src/));
  await expect.poll(() => server.reports.length).toBeGreaterThan(0);
});

test('every view, the deck with its notes, a chart download and the printed report run with no violation', async ({
  page,
  openApp,
}) => {
  const context = page.context();
  await recordViolations(context);
  const url = (path: string) => `${server.url}${path}`;
  await openApp(url('/?lang=vi'));
  await settled(page);
  const response = await page.request.get(url('/'));
  expect(response.headers()['content-security-policy']).toBe(server.policy);

  // The Overview's chart as PNG and SVG: the export draws through a blob: image and a canvas.
  for (const format of ['PNG', 'SVG']) {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: `Tải Vụ việc theo tháng dưới dạng ${format}` }).click(),
    ]);
    expect(await file.failure()).toBeNull();
  }

  for (const path of [
    '/wards',
    '/compare',
    '/map',
    '/area',
    '/incidents',
    '/mediation',
    '/groups',
    '/patrols',
  ]) {
    await page.goto(url(`${path}?lang=vi`));
    await settled(page);
  }

  await page.goto(url('/report?lang=vi'));
  await expect(page.getByTestId('report')).toHaveAttribute('data-report-ready', 'true');
  // The printed pages: the @page rule (a constructed stylesheet, not a <style>) applies.
  const pdf = await page.pdf({ preferCSSPageSize: true });
  expect(pdf.subarray(0, 4).toString()).toBe('%PDF');

  await page.goto(url('/present?lang=vi&slide=2'));
  await expect(page.getByTestId('deck-notes')).toBeVisible();
  const [notes] = await Promise.all([context.waitForEvent('page'), page.getByTestId('deck-notes').click()]);
  await notes.waitForLoadState();
  await expect(notes.getByTestId('notes-counter')).toHaveText('2 / 10');
  await page.keyboard.press('ArrowRight');
  await expect(notes.getByTestId('notes-counter')).toHaveText('3 / 10');

  expect(await violations(page)).toEqual([]);
  expect(await violations(notes)).toEqual([]);
  expect(server.reports).toEqual([]);
});
