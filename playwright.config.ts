import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { AUDIENCE, authUrls, CLIENT_ID } from './e2e/support/auth-accounts';
import { SERVER_AS_OF, SERVER_SEED, SERVER_SHAPE, SERVER_SIZE_FLAG } from './e2e/support/server-dataset';

// Overridable so that several checkouts or builds can run their e2e tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const DIST = process.env.E2E_DIST ?? 'dist';
// Debian's Chromium where installed (Playwright cannot download browsers on our machines).
const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const systemChromium = existsSync(SYSTEM_CHROMIUM);
// The reference server (server/) serving the same build and its API, with sign-in through the test
// provider, on a PGlite database of its own seeded with e2e/support/server-dataset.ts.
const SERVER = authUrls(PORT).server;
const SERVER_DB = `pglite:.tmp/e2e-server-${PORT}`;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // Generous: an axe scan of a long registry page in two themes can take a while on a loaded 2-core CI machine.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  // The sign-in tests' OpenID Connect provider and token-checking API, on ports beside PORT.
  globalSetup: './e2e/support/auth-servers.ts',
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
  projects: [
    { name: 'e2e', testIgnore: ['server/**', 'server-import/**'] },
    // The dashboard against the reference API server: e2e/server/.
    { name: 'server', testDir: 'e2e/server', use: { baseURL: SERVER } },
    // Imports through the dashboard write into the reference server's database, which the `server`
    // specs read exact figures from: they run after those, never beside them.
    {
      name: 'server-import',
      testDir: 'e2e/server-import',
      dependencies: ['server'],
      use: { baseURL: SERVER },
    },
  ],
  webServer: [
    {
      // The production build, served as it would be deployed.
      command: `npx vite preview --port ${PORT} --strictPort --outDir ${DIST}`,
      url: `http://localhost:${PORT}`,
      reuseExistingServer: !process.env.CI,
      // Generous: an axe scan of a long registry page in two themes can take a while on a loaded 2-core CI machine.
      timeout: 120_000,
    },
    {
      // A fresh database each run (seeding this small country takes seconds), then `antt serve`.
      command: [
        `rm -rf .tmp/e2e-server-${PORT}`,
        `npm run -s antt -- seed --db ${SERVER_DB} --size ${SERVER_SIZE_FLAG} --shape ${SERVER_SHAPE} --seed ${SERVER_SEED} --as-of ${SERVER_AS_OF}`,
        `npm run -s antt -- serve --db ${SERVER_DB} --port ${Number(new URL(SERVER).port)} --dist ${DIST}`,
      ].join(' && '),
      url: `${SERVER}/readyz`,
      reuseExistingServer: !process.env.CI,
      env: {
        AUTH_ISSUER: authUrls(PORT).issuer,
        AUTH_AUDIENCE: AUDIENCE,
        AUTH_CLIENT_ID: CLIENT_ID,
        LOG_LEVEL: 'warn',
      },
      timeout: 300_000,
    },
  ],
});
