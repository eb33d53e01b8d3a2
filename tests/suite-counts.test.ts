import { describe, expect, it } from 'vitest';

interface Counts {
  passed: number;
  failed: number;
}
interface SuiteCounts {
  playwrightCounts(exitOk: boolean, report: unknown): Counts;
  vitestCounts(exitOk: boolean, report: unknown): Counts;
}
// A plain script (run by Node without a build): imported by path, typed here.
const modulePath = '../scripts/suite-counts.mjs';
const { playwrightCounts, vitestCounts } = (await import(/* @vite-ignore */ modulePath)) as SuiteCounts;

describe('npm test’s count of a runner (scripts/test-all.mjs)', () => {
  const clean = { stats: { expected: 120, flaky: 1, unexpected: 0, skipped: 0 } };

  it('takes Playwright’s counts when it exited 0', () => {
    expect(playwrightCounts(true, clean)).toEqual({ passed: 121, failed: 0 });
    expect(playwrightCounts(false, { stats: { expected: 3, flaky: 0, unexpected: 2 } })).toEqual({
      passed: 3,
      failed: 2,
    });
  });

  it('counts a non-zero Playwright exit as a failure even when its report lists none', () => {
    // e.g. the web server did not start, or a global setup threw: no test ran, none failed.
    expect(playwrightCounts(false, clean)).toEqual({ passed: 121, failed: 1 });
    expect(playwrightCounts(false, { stats: { expected: 0, flaky: 0, unexpected: 0 } })).toEqual({
      passed: 0,
      failed: 1,
    });
  });

  it('counts a missing or unreadable report as a failure', () => {
    expect(playwrightCounts(true, null)).toEqual({ passed: 0, failed: 1 });
    expect(playwrightCounts(true, {})).toEqual({ passed: 0, failed: 1 });
    expect(vitestCounts(true, null)).toEqual({ passed: 0, failed: 1 });
  });

  it('does the same for Vitest', () => {
    expect(vitestCounts(true, { numPassedTests: 50, numFailedTests: 0 })).toEqual({ passed: 50, failed: 0 });
    expect(vitestCounts(false, { numPassedTests: 50, numFailedTests: 0 })).toEqual({ passed: 50, failed: 1 });
    expect(vitestCounts(false, { numPassedTests: 48, numFailedTests: 2 })).toEqual({ passed: 48, failed: 2 });
  });
});
