// `npm run bench`: the timing measurements (main-thread tasks while switching period, area and
// language), against the same production build as the e2e tests. They report speed; they are not
// part of `npm test`, where machine load would fail them for no code reason.
import { defineConfig } from '@playwright/test';
import base from './playwright.config';

export default defineConfig({
  ...base,
  testDir: 'bench',
  fullyParallel: false,
  workers: 1,
  reporter: [['list'], ['json', { outputFile: 'test-results/bench.json' }]],
  outputDir: 'test-results/bench',
  projects: [{ name: 'bench' }],
});
