import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// Overridable so that several checkouts or builds can run their e2e tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const DIST = process.env.E2E_DIST ?? 'dist';
// Debian's Chromium where installed (Playwright cannot download browsers on our machines).
const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const systemChromium = existsSync(SYSTEM_CHROMIUM);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // Generous: an axe scan of a long registry page in two themes can take a while on a loaded 2-core CI machine.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: process.env.E2E_REPORT ?? 'test-results/playwright.json' }]],
  outputDir: process.env.E2E_OUTPUT ?? 'test-results/e2e',
  use: {
    baseURL: `http://localhost:${PORT}`,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    trace: 'retain-on-failure',
    ...devices['Desktop Chrome'],
    launchOptions: {
      ...(systemChromium ? { executablePath: SYSTEM_CHROMIUM } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  // Behaviour only: timing measurements live in bench/ (`npm run bench`), never in the gating suite.
  projects: [{ name: 'e2e' }],
  webServer: {
    // The production build, served as it would be deployed.
    command: `npx vite preview --port ${PORT} --strictPort --outDir ${DIST}`,
    url: `http://localhost:${PORT}`,
    reuseExistingServer: !process.env.CI,
    // Generous: an axe scan of a long registry page in two themes can take a while on a loaded 2-core CI machine.
    timeout: 120_000,
  },
});
