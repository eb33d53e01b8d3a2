// `npm run bench:server`: the Overview's request mix (meta, me, areas, the stats endpoints, one
// register page) for a province and for the whole country, and a register page on its own, each
// with 50 concurrent clients for a bounded time, on loopback. Prints p50 / p95 / p99 latency and
// requests per second per scenario. Not part of npm test: figures depend on the machine's load.
//
//   npm run bench:server                          # starts `antt serve` on pglite:./data
//   npm run bench:server -- --db postgres://…     # … on another database
//   npm run bench:server -- --url http://localhost:8080   # against a running server (no sign-in)
//   --duration S (default 10), --connections N (default 50), --warmup S (default 3, unmeasured)
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon, { type Request } from 'autocannon';

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    db: { type: 'string' },
    port: { type: 'string', default: '8099' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    'max-requests': { type: 'string', default: '100000' },
    warmup: { type: 'string', default: '3' },
  },
});
const DURATION_S = Number(values.duration);
const CONNECTIONS = Number(values.connections);
const MAX_REQUESTS = Number(values['max-requests']);
const WARMUP_S = Number(values.warmup);

interface Area {
  id: string;
  parentId: string | null;
  level: string;
  name: string;
}

function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const total = y * 12 + (m - 1) + n;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

async function startServer(): Promise<{ url: string; child: ChildProcess | null }> {
  if (values.url) return { url: values.url.replace(/\/+$/, ''), child: null };
  const port = values.port;
  // node itself (tsx as a loader), so the SIGTERM at the end reaches the server, not a wrapper.
  const args = [
    '--import',
    'tsx',
    'src/cli.ts',
    'serve',
    '--port',
    port,
    ...(values.db ? ['--db', values.db] : []),
  ];
  const child = spawn(process.execPath, args, {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    // The load generator is one client: the per-client limit would answer it 429.
    env: { ...process.env, RATE_LIMIT_MAX: '0', LOG_LEVEL: 'warn', AUTH_ISSUER: '' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 15 * 60_000; // a first start seeds the demo province
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode})`);
    const ready = await fetch(`${url}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return { url, child };
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('the server did not become ready');
}

function overviewMix(area: Area, from: string, to: string): Request[] {
  const q = (params: Record<string, string>) => new URLSearchParams(params).toString();
  const stats = q({ areaId: area.id, from: addMonths(from, -12), to, level: area.level });
  return [
    { path: '/api/v1/meta' },
    { path: '/api/v1/me' },
    { path: '/api/v1/areas' },
    { path: `/api/v1/stats/incidents?${stats}` },
    { path: `/api/v1/stats/mediation?${stats}` },
    { path: `/api/v1/stats/patrols?${stats}` },
    { path: `/api/v1/stats/groups?${q({ areaId: area.id, level: area.level })}` },
    { path: `/api/v1/stats/reporting?${stats}` },
    registerPage(area, from, to),
  ];
}

function registerPage(area: Area, from: string, to: string): Request {
  return {
    path: `/api/v1/patrols?${new URLSearchParams({ areaId: area.id, from, to, page: '1', pageSize: '50' })}`,
  };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

interface Figures {
  scenario: string;
  requests: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  failed: number;
}

async function run(url: string, scenario: string, requests: Request[]): Promise<Figures> {
  // Every endpoint once before measuring: a first answer may warm caches and plans.
  for (const r of requests) {
    const res = await fetch(`${url}${r.path}`);
    if (!res.ok) throw new Error(`${scenario}: ${r.path} answered HTTP ${res.status}: ${await res.text()}`);
  }
  // Then a few unmeasured seconds under the same load: the database's caches start cold.
  await new Promise<void>((resolve, reject) => {
    autocannon({ url, connections: CONNECTIONS, duration: WARMUP_S, requests }, (error) =>
      error ? reject(error) : resolve(),
    );
  });
  const latencies: number[] = [];
  let failed = 0;
  const result = await new Promise<{ duration: number }>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections: CONNECTIONS,
        duration: DURATION_S,
        maxOverallRequests: MAX_REQUESTS,
        timeout: 30,
        requests,
      },
      (error, res) => (error ? reject(error) : resolve(res)),
    );
    instance.on('response', (_client, status, _bytes, ms) => {
      if (status >= 200 && status < 300) latencies.push(ms);
      else failed++;
    });
  });
  latencies.sort((a, b) => a - b);
  const seconds = result.duration > 0 ? result.duration : DURATION_S;
  return {
    scenario,
    requests: latencies.length + failed,
    perSecond: (latencies.length + failed) / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    failed,
  };
}

async function main() {
  const { url, child } = await startServer();
  try {
    const get = async <T>(path: string): Promise<T> => {
      const res = await fetch(`${url}/api/v1${path}`);
      if (!res.ok) throw new Error(`${path} answered HTTP ${res.status}: ${await res.text()}`);
      return (await res.json()) as T;
    };
    const meta = await get<{ dataTo: string }>('/meta');
    const { items: areas } = await get<{ items: Area[] }>('/areas');
    const root = areas.find((a) => a.parentId === null);
    if (!root) throw new Error('/areas has no root');
    const to = meta.dataTo;
    const from = addMonths(to, -11);
    const province = root.level === 'province' ? root : areas.find((a) => a.level === 'province');
    const scenarios: Array<[string, Request[]]> = [];
    if (province) {
      scenarios.push([`Overview, province (${province.name})`, overviewMix(province, from, to)]);
      scenarios.push([`register page, province`, [registerPage(province, from, to)]]);
    }
    if (root.level === 'country') {
      scenarios.push([`Overview, country (${root.name})`, overviewMix(root, from, to)]);
      scenarios.push([`register page, country`, [registerPage(root, from, to)]]);
    } else
      process.stdout.write(
        `(the data's root is a ${root.level}: no country scenario; seed --size national for it)\n`,
      );
    process.stdout.write(`${CONNECTIONS} connections, ${DURATION_S} s per scenario, data ${from} … ${to}\n`);
    const rows: Figures[] = [];
    for (const [name, requests] of scenarios) {
      rows.push(await run(url, name, requests));
      const r = rows.at(-1) as Figures;
      process.stdout.write(
        `${r.scenario.padEnd(40)} p50 ${r.p50.toFixed(0).padStart(5)} ms  p95 ${r.p95.toFixed(0).padStart(5)} ms  p99 ${r.p99.toFixed(0).padStart(5)} ms  ${r.perSecond.toFixed(0).padStart(6)} req/s  (${r.requests} requests${r.failed ? `, ${r.failed} failed` : ''})\n`,
      );
    }
  } finally {
    if (child) child.kill('SIGTERM');
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:server: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
