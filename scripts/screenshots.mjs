// Takes the README's screenshots from the real app: the production build (run `npm run build`
// first) on the embedded mock, pinned to the e2e tests' seed and date, one PNG per view in docs/.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const PORT = 4390;
const BASE = `http://localhost:${PORT}`;
// [file name, path, viewport, print media]
const views = [
  ['overview', '/?lang=en'],
  ['wards', '/wards?lang=en'],
  ['compare', '/compare?lang=en&areas=p01d01,p01d02,p01d03'],
  ['area', '/area?lang=en'],
  ['incidents', '/incidents?lang=en'],
  ['mediation', '/mediation?lang=en'],
  ['groups', '/groups?lang=en'],
  ['patrols', '/patrols?lang=en'],
  ['report', '/report?lang=en'],
  ['present-slide', '/present?lang=en&slide=2', { width: 1280, height: 720 }],
  ['report-print', '/report?lang=en', { width: 794, height: 1123 }, true],
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
  mkdirSync('docs', { recursive: true });
  for (const [name, path, viewport, print] of views) {
    if (only.length && !only.includes(name)) continue;
    const page = await browser.newPage({ viewport: viewport ?? { width: 1366, height: 900 } });
    if (print) await page.emulateMedia({ media: 'print' });
    await page.clock.setFixedTime(new Date('2026-11-15T03:00:00Z'));
    await page.addInitScript(() => {
      localStorage.setItem('antt.mock', JSON.stringify({ seed: 2025, latencyMs: 0 }));
      localStorage.setItem('antt.theme', 'light');
    });
    await page.goto(BASE + path);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1500);
    // A slide and a printed page are shown as they appear: one screen, one A4 page.
    await page.screenshot({ path: `docs/${name}.png`, fullPage: !viewport });
    console.log(`docs/${name}.png`);
    await page.close();
  }
  await browser.close();
} finally {
  stop();
}
