// Latency of the API routes on loopback against a seeded database, for the Overview's request mix
// of a province and of the whole country, and for register pages:
//   npx tsx bench/api.ts --db postgres://… [--seconds 10] [--clients 50]
// The routes run here with no auth, CORS or rate limit (the data half only); the load comes from
// bench/load.mjs in a child process. Not part of the test suite.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { parseArgs } from 'node:util';
import Fastify from 'fastify';
import { apiRoutes } from '../src/api/routes';
import { openDb } from '../src/db/open';

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: 'pglite:./data' },
    seconds: { type: 'string', default: '10' },
    clients: { type: 'string', default: '50' },
  },
});
const db = await openDb(values.db);
const app = Fastify({ logger: false });
app.decorateRequest('caller');
app.addHook('onRequest', async (request) => {
  request.caller = { subject: 'bench', name: null, areaId: null, roles: ['viewer'] };
});
await app.register(apiRoutes, { prefix: '/api/v1', db });
const base = `${await app.listen({ port: 0, host: '127.0.0.1' })}/api/v1`;

const [root] = await db.query<{ id: string; level: string; to: string }>(
  `SELECT id, level, (SELECT data_to FROM meta) AS to FROM areas WHERE pre = 0`,
);
const [province] = await db.query<{ id: string }>(
  `SELECT id FROM areas WHERE level = 'province' ORDER BY pre LIMIT 1`,
);
if (!root || !province) throw new Error('The database holds no data set: seed it first');
const below = (level: string) => (level === 'country' ? 'province' : 'district');
/** What the Overview asks for one area: meta, tree, the stats panels, one register page. */
const overview = (area: string, level: string) => [
  '/meta',
  '/me',
  '/areas',
  `/stats/incidents?areaId=${area}&level=${below(level)}`,
  `/stats/incidents?areaId=${area}&from=${Number(root.to.slice(0, 4)) - 1}${root.to.slice(4)}`,
  `/stats/patrols?areaId=${area}&level=${below(level)}`,
  `/stats/mediation?areaId=${area}&level=${below(level)}`,
  `/stats/reporting?areaId=${area}`,
  `/stats/groups?areaId=${area}&level=${below(level)}`,
  `/patrols?areaId=${area}&pageSize=50`,
];
const mixes: Record<string, string[]> = {
  'province Overview': overview(province.id, 'province'),
  ...(root.level === 'country' ? { 'country Overview': overview(root.id, 'country') } : {}),
  'register page': [
    '/patrols?pageSize=50',
    '/mediation-cases?pageSize=50',
    '/groups?pageSize=50',
    '/patrols?page=20',
  ],
};

const load = fileURLToPath(new URL('./load.mjs', import.meta.url));
for (const [name, paths] of Object.entries(mixes)) {
  const { stdout } = await promisify(execFile)(process.execPath, [
    load,
    base,
    values.seconds,
    values.clients,
    JSON.stringify(paths),
  ]);
  const r = JSON.parse(stdout) as Record<string, number>;
  console.log(
    `${name.padEnd(18)} p50 ${r.p50} ms  p95 ${r.p95} ms  p99 ${r.p99} ms  ${r.rps} req/s  (${r.requests} requests, ${r.errors} errors, ${values.clients} clients)`,
  );
}
await app.close();
await db.close();
