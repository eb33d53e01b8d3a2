// Takes the README's screenshots from the real app: the production build (run `npm run build`
// first) on the embedded mock, pinned to the e2e tests' seed and date, one PNG per view in docs/.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

// Overridable, so that a checkout can take its screenshots beside another's test run.
const PORT = Number(process.env.SCREENSHOTS_PORT ?? 4390);
const BASE = `http://localhost:${PORT}`;
// The phone, tablet, laptop and wide-screen layouts, in Vietnamese as officials read them: the first
// screen at each width, and the laptop's and wide screen's whole ranking with its totals.
const widths = [
  [360, 780],
  [768, 1024],
  [1440, 900],
  [1920, 1080],
];
const layouts = widths.flatMap(([width, height]) => [
  [`screenshots/overview-${width}`, '/?lang=vi', { width, height }],
  [`screenshots/wards-${width}`, '/wards?lang=vi', { width, height }, false, width >= 1440],
]);
// [file name, path, viewport, print media, whole page]
const views = [
  ['overview', '/?lang=vi'],
  ['wards', '/wards?lang=vi'],
  ['compare', '/compare?lang=vi&areas=p01w001,p01w002,p01w003'],
  ['map', '/map?lang=vi', { width: 1440, height: 1000 }],
  ['screenshots/map-360', '/map?lang=vi', { width: 360, height: 780 }],
  // A commune merged in the 2025 reform: its page names the units it was formed from.
  ['area', '/area?lang=vi&area=p01w002'],
  ['incidents', '/incidents?lang=vi'],
  ['mediation', '/mediation?lang=vi'],
  ['groups', '/groups?lang=vi'],
  ['patrols', '/patrols?lang=vi'],
  ['report', '/report?lang=vi'],
  ['present-slide', '/present?lang=vi&slide=2', { width: 1280, height: 720 }],
  ['report-print', '/report?lang=vi', { width: 794, height: 1123 }, true],
  ...layouts,
];
const only = process.argv.slice(2);

const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], {
  detached: true,
  stdio: 'ignore',
});
const stop = () => {
  try {
    process.kill(-server.pid);
  } catch {
    // already gone
  }
};
try {
  for (let i = 0; i < 50; i++) {
    const ok = await fetch(BASE).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  const browser = await chromium.launch({
    ...(existsSync('/usr/bin/chromium') ? { executablePath: '/usr/bin/chromium' } : {}),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  mkdirSync('docs/screenshots', { recursive: true });
  for (const [name, path, viewport, print, whole] of views) {
    // `npm run screenshots -- wards screenshots`: the Wards view and every layout.
    if (only.length && !only.some((o) => name === o || name.startsWith(`${o}/`))) continue;
    const page = await browser.newPage({ viewport: viewport ?? { width: 1366, height: 900 } });
    if (print) await page.emulateMedia({ media: 'print' });
    await page.clock.setFixedTime(new Date('2026-11-15T03:00:00Z'));
    await page.addInitScript(() => {
      localStorage.setItem('antt.mock', JSON.stringify({ seed: 2025, latencyMs: 0 }));
      localStorage.setItem('antt.theme', 'light');
    });
    await page.goto(BASE + path);
    await page.waitForLoadState('networkidle');
    // A loaded machine can be slow to draw: wait for every panel to leave its loading state.
    await page
      .waitForFunction(() => !globalThis.document.querySelector('[data-state="loading"]'), null, {
        timeout: 60_000,
      })
      .catch(() => console.warn(`${name}: still loading`));
    await page.waitForTimeout(1500);
    // A slide and a printed page are shown as they appear: one screen, one A4 page.
    await page.screenshot({ path: `docs/${name}.png`, fullPage: whole ?? !viewport });
    console.log(`docs/${name}.png`);
    await page.close();
  }
  await browser.close();
} finally {
  stop();
}
