// The whole test suite: lint, format, OpenAPI lint (redocly), type-checked production build, Vitest,
// the server's suite on PGlite (and on PostgreSQL when ANTT_TEST_DATABASE_URL names one), then
// Playwright against the build. Runs every step even after a failure, then prints one line
// adding up all suites, which CI reads (it does not read Vitest's or Playwright's own summaries).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { playwrightCounts, vitestCounts } from './suite-counts.mjs';

mkdirSync('test-results', { recursive: true });
let passed = 0;
let failed = 0;

function step(name, cmd, args, env = process.env) {
  console.log(`\n── ${name}: ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  const res = spawnSync(cmd, args, { stdio: 'inherit', env });
  console.log(
    `── ${name}: ${res.status === 0 ? 'ok' : `failed (exit ${res.status})`} in ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
  return res.status === 0;
}

/** A check that is not a test runner (lint, format, build) counts as one test. */
function check(name, cmd, args) {
  if (step(name, cmd, args)) passed++;
  else failed++;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

check('lint', 'npx', ['eslint', '.', '--max-warnings=0']);
check('format', 'npx', ['prettier', '--check', '.']);
check('openapi', 'npx', ['redocly', 'lint', 'api/openapi.yaml']);
check('build', 'npm', ['run', 'build']);

rmSync('test-results/vitest.json', { force: true });
const vitestOk = step('unit and component tests', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile=test-results/vitest.json',
]);
const vitest = vitestCounts(vitestOk, readJson('test-results/vitest.json'));
passed += vitest.passed;
failed += vitest.failed;

/** The server's own suite (server/test) on one database; its tests counted like Vitest's. */
function serverSuite(name, report, env) {
  rmSync(report, { force: true });
  const ok = step(
    name,
    'npm',
    ['-w', 'server', 'test', '--', '--reporter=default', '--reporter=json', `--outputFile=../${report}`],
    env,
  );
  const counts = vitestCounts(ok, readJson(report));
  passed += counts.passed;
  failed += counts.failed;
}
const { ANTT_TEST_DATABASE_URL: postgresUrl, ...withoutPostgres } = process.env;
serverSuite('server tests on PGlite', 'test-results/server-pglite.json', withoutPostgres);
if (postgresUrl) serverSuite('server tests on PostgreSQL', 'test-results/server-postgres.json', process.env);
else
  console.log(
    '\n── server tests on PostgreSQL: skipped (no ANTT_TEST_DATABASE_URL; scripts/with-postgres.sh sets one)',
  );

if (existsSync('dist/index.html') && step('browser', 'node', ['scripts/ensure-browser.mjs'])) {
  // A report left by an earlier run must not stand in for this one's.
  rmSync('test-results/playwright.json', { force: true });
  const pwOk = step('end-to-end tests', 'npx', ['playwright', 'test']);
  const pw = playwrightCounts(pwOk, readJson('test-results/playwright.json'));
  passed += pw.passed;
  failed += pw.failed;
} else failed++;

const summary = `${passed} passed, ${failed} failed`;
writeFileSync('test-results/summary.txt', summary + '\n');
console.log(`\n${summary}`);
process.exit(failed === 0 ? 0 : 1);
