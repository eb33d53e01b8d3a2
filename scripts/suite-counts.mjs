// How a test runner's run adds to `npm test`'s one line (scripts/test-all.mjs). A runner can fail
// without a failed test in its JSON report: a global setup or web server that did not start, a
// spec file that does not load, a crash, an interrupted run. Its exit status says so: a non-zero
// exit with no failure listed counts as one failure, and a missing report as one too.

/**
 * @param {boolean} exitOk the runner exited 0
 * @param {{ stats?: { expected?: number, flaky?: number, unexpected?: number } } | null} report Playwright's JSON report
 * @returns {{ passed: number, failed: number }}
 */
export function playwrightCounts(exitOk, report) {
  if (!report?.stats) return { passed: 0, failed: 1 };
  const passed = (report.stats.expected ?? 0) + (report.stats.flaky ?? 0);
  const failed = report.stats.unexpected ?? 0;
  return { passed, failed: !exitOk && failed === 0 ? 1 : failed };
}

/**
 * @param {boolean} exitOk the runner exited 0
 * @param {{ numPassedTests?: number, numFailedTests?: number } | null} report Vitest's JSON report
 * @returns {{ passed: number, failed: number }}
 */
export function vitestCounts(exitOk, report) {
  if (!report) return { passed: 0, failed: 1 };
  const passed = report.numPassedTests ?? 0;
  const failed = report.numFailedTests ?? 0;
  return { passed, failed: !exitOk && failed === 0 ? 1 : failed };
}
