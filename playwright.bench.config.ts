// `npm run bench` (scripts/bench.mjs): the timing measurements, against the production build served
// compressed as a production host serves it (bench/serve-build.mjs). They write what they measured
// into test-results/bench/*.json and report; they are not part of `npm test`, where machine load
// would fail them for no code reason.
import { defineConfig } from '@playwright/test';
import base from './playwright.config';

const PORT = Number(process.env.BENCH_BROWSER_PORT ?? 4630);

export default defineConfig({
  ...base,
  testDir: 'bench',
  fullyParallel: false,
  workers: 1,
  timeout: 300_000,
  reporter: [['list'], ['json', { outputFile: 'test-results/bench.json' }]],
  outputDir: 'test-results/bench-output',
  use: { ...base.use, baseURL: `http://127.0.0.1:${PORT}` },
  webServer: [
    {
      command: `node bench/serve-build.mjs ${PORT} dist`,
      url: `http://127.0.0.1:${PORT}`,
      reuseExistingServer: false,
    },
  ],
  projects: [{ name: 'bench' }],
});
