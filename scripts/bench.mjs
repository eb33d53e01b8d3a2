// `npm run bench`: how fast the production build is on this machine, against the targets of
// issue 11. It builds, serves the build compressed as a production host would (bench/serve-build.mjs),
// once on the embedded mock and once in front of the reference server on its embedded database,
// and measures:
//   - Lighthouse (Debian Chromium, mobile and desktop presets, median of three alternating runs)
//     on the Overview;
//   - the JavaScript and script requests before each view's first figure, main-thread tasks after
//     the first paint, the time from the data's arrival to the first figures, the CPU of each
//     interaction and the 10,000-row ranking (Playwright specs in bench/, Chromium traces);
//   - the mock's own timings (mocks/timing.bench.ts).
// It prints one table and writes bench/results.json. It reports and never gates: `npm test` holds
// no timing (machine load would fail it for no code reason), only the byte and request budgets.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const PORT = Number(process.env.BENCH_PORT ?? 4620);
const MOCK_ORIGIN = `http://127.0.0.1:${PORT}`;
const API_ORIGIN = `http://127.0.0.1:${PORT + 1}`;
const SERVER_PORT = PORT + 2;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const OUT = join(ROOT, 'test-results', 'bench');
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const only = new Set((process.env.BENCH_ONLY ?? 'lighthouse,browser').split(','));

const children = [];
function start(command, args, env = {}) {
  const child = spawn(command, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
  });
  children.push(child);
  return child;
}
function stopAll() {
  for (const child of children) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}
process.on('exit', stopAll);
process.on('SIGINT', () => process.exit(130));

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${result.status}`);
}

async function waitFor(url, ms = 180_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not answer within ${ms} ms`);
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : null;
};

/** One Lighthouse run: the metrics the issue names, from its JSON report. */
function lighthouse(url, preset) {
  const file = join(OUT, `lh-${Date.now()}.json`);
  const args = [
    url,
    '--only-categories=performance',
    `--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --lang=vi`,
    '--output=json',
    `--output-path=${file}`,
    '--quiet',
    ...(preset === 'desktop' ? ['--preset=desktop'] : []),
  ];
  run(join(ROOT, 'node_modules', '.bin', 'lighthouse'), args, { CHROME_PATH: CHROME });
  const report = JSON.parse(readFileSync(file, 'utf8'));
  rmSync(file);
  const audit = (id) => report.audits[id]?.numericValue ?? null;
  const scripts = (report.audits['network-requests']?.details?.items ?? []).filter(
    (r) => r.resourceType === 'Script',
  );
  return {
    score: Math.round((report.categories.performance.score ?? 0) * 100),
    lcpMs: Math.round(audit('largest-contentful-paint')),
    tbtMs: Math.round(audit('total-blocking-time')),
    cls: Number(audit('cumulative-layout-shift').toFixed(3)),
    fcpMs: Math.round(audit('first-contentful-paint')),
    scriptRequests: scripts.length,
    jsKiB: Number((scripts.reduce((s, r) => s + (r.transferSize ?? 0), 0) / 1024).toFixed(1)),
  };
}

function medianOf(runs) {
  const keys = Object.keys(runs[0] ?? {});
  return Object.fromEntries(keys.map((k) => [k, median(runs.map((r) => r[k]))]));
}

function readJson(name) {
  const file = join(OUT, name);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  for (const f of readdirSync(OUT)) if (f.endsWith('.json')) rmSync(join(OUT, f));
  run('npm', ['run', '-s', 'build']);
  const bundle = JSON.parse(readFileSync(join(ROOT, 'dist', 'bundle-size.json'), 'utf8'));
  run('node', [join(ROOT, 'node_modules', '.bin', 'jiti'), 'mocks/timing.bench.ts']);

  const results = {
    date: new Date().toISOString(),
    machine: `${(await import('node:os')).cpus().length} cores`,
    bundle,
  };
  if (only.has('lighthouse')) {
    const db = `pglite:${join(ROOT, '.tmp', 'bench-db')}`;
    rmSync(join(ROOT, '.tmp', 'bench-db'), { recursive: true, force: true });
    run('npm', ['run', '-s', 'antt', '--', 'seed', '--db', db]);
    start('npm', ['run', '-s', 'antt', '--', 'serve', '--db', db, '--port', String(SERVER_PORT)], {
      LOG_LEVEL: 'warn',
    });
    start('node', ['bench/serve-build.mjs', String(PORT), 'dist']);
    start('node', ['bench/serve-build.mjs', String(PORT + 1), 'dist', `http://127.0.0.1:${SERVER_PORT}`]);
    await waitFor(`http://127.0.0.1:${SERVER_PORT}/readyz`);
    await waitFor(MOCK_ORIGIN);
    await waitFor(`${API_ORIGIN}/config.json`);
    const lh = {};
    for (const preset of ['mobile', 'desktop']) {
      const runs = { mock: [], api: [] };
      // Alternating, so that a slow minute of the machine does not fall on one side only.
      for (let i = 0; i < RUNS; i++)
        for (const mode of ['mock', 'api']) {
          const origin = mode === 'mock' ? MOCK_ORIGIN : API_ORIGIN;
          const r = lighthouse(`${origin}/?lang=vi`, preset);
          console.log(`lighthouse ${preset} ${mode} run ${i + 1}: ${JSON.stringify(r)}`);
          runs[mode].push(r);
        }
      lh[preset] = { mock: medianOf(runs.mock), api: medianOf(runs.api) };
    }
    results.lighthouse = lh;
  }
  if (only.has('browser')) {
    // The specs write their measurements into test-results/bench/*.json; a failed step is reported,
    // not fatal: the table says what could not be measured.
    spawnSync('npx', ['playwright', 'test', '-c', 'playwright.bench.config.ts'], {
      cwd: ROOT,
      stdio: 'inherit',
    });
    results.load = readJson('load.json');
    results.responsive = readJson('responsive.json');
    results.ranking = readJson('sort-ranking.json');
    results.map = readJson('map.json');
  }
  writeFileSync(join(ROOT, 'bench', 'results.json'), JSON.stringify(results, null, 2) + '\n');
  const { table } = await import('./bench-table.mjs');
  console.log(`\n${table(results)}`);
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(stopAll);
