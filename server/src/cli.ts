// `npm run antt -- serve | migrate | seed`: see HELP in cli-args.ts.
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { basename } from 'node:path';
import type { FastifyServerOptions } from 'fastify';
import { buildApp, DEFAULT_RATE_LIMIT } from './http-app';
import { authSettingsFromEnv, type Env } from './auth/settings';
import { bindHost, HELP, isLoopback, parseCommand, REPO_ROOT, UsageError, type Command } from './cli-args';
import type { Db } from './db/db';
import { migrate } from './db/migrate';
import { ImportQueue } from './import/serial';
import { formatProblem } from './import/sheet';
import { openDb } from './db/open';
import { installShutdown } from './http/shutdown';
import { hasData, seed } from './seed/seed';
import { ensureBuild } from './static-build';

const say = (message: string) => process.stderr.write(`${message}\n`);
/** The database URL without its password, for messages. */
const shown = (url: string) => url.replace(/\/\/([^:@/]+):[^@/]+@/, '//$1:***@');

function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim().replace(/\/+$/, ''))
    .filter(Boolean);
}

function whole(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 0)
    throw new UsageError(`${name}=${value}: expected a whole number ≥ 0`);
  return n;
}

/** Opens the database; a PGlite directory is created first, parents included (./data on first start). */
function open(url: string): Promise<Db> {
  const dir = url.startsWith('pglite:') ? url.slice('pglite:'.length) : 'memory';
  if (dir !== 'memory') mkdirSync(dir, { recursive: true });
  return openDb(url);
}

async function withDb<T>(url: string, fn: (db: Db) => Promise<T>): Promise<T> {
  const db = await open(url);
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

async function serve(command: Extract<Command, { kind: 'serve' }>, env: Env): Promise<void> {
  const auth = authSettingsFromEnv(env);
  const host = bindHost(command.host, auth !== null, command.allowUnauthenticated);
  if (command.build) ensureBuild(REPO_ROOT, command.dist, say);
  const logger: FastifyServerOptions['logger'] = {
    level: env.LOG_LEVEL || 'info',
    // Tokens never reach the log, whatever a serializer is later made to include.
    redact: ['req.headers.authorization', 'req.headers.cookie'],
  };
  const db = await open(command.db);
  let app;
  try {
    const applied = await migrate(db);
    if (applied.length > 0) say(`migrations applied: ${applied.join(', ')}`);
    if (!(await hasData(db))) {
      say(`${shown(command.db)} holds no data: seeding the demo province`);
      const summary = await seed(db, { size: 'province', log: say });
      say(
        `seeded ${summary.areas} areas, ${summary.groups} groups in ${Math.round(summary.milliseconds / 1000)} s`,
      );
    }
    app = await buildApp({
      db,
      closeDb: true,
      logger,
      auth,
      corsOrigins: list(env.CORS_ORIGINS),
      rateLimit: {
        max: whole('RATE_LIMIT_MAX', env.RATE_LIMIT_MAX, DEFAULT_RATE_LIMIT.max),
        windowMs: whole('RATE_LIMIT_WINDOW_MS', env.RATE_LIMIT_WINDOW_MS, DEFAULT_RATE_LIMIT.windowMs) || 1,
      },
      trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
      dist: command.dist,
    });
  } catch (error) {
    await db.close();
    throw error;
  }
  installShutdown(app);
  const address = await app.listen({ port: command.port, host });
  const where = address.replace('127.0.0.1', 'localhost').replace('[::1]', 'localhost');
  if (auth) {
    app.log.info({ issuer: auth.issuer, audience: auth.audience, host }, `sign-in required (${auth.issuer})`);
    if (!auth.clientId)
      app.log.warn(
        'AUTH_CLIENT_ID is not set: config.json asks the dashboard served here for no sign-in, so its API requests will be refused',
      );
  } else
    app.log.warn(
      { host },
      isLoopback(host)
        ? `no sign-in configured (AUTH_ISSUER): bound to loopback (${host}) only, every caller sees all data`
        : `no sign-in configured (AUTH_ISSUER) and bound to ${host} (--allow-unauthenticated): anyone who can reach it sees all data`,
    );
  say(`ANTT dashboard and API on ${where} (database ${shown(command.db)})`);
}

/** `import`: every problem on stderr and exit status 1, or the summary. */
async function runImport(command: Extract<Command, { kind: 'import' }>, env: Env): Promise<void> {
  const files = await Promise.all(
    command.files.map(async (path) => ({
      name: basename(path),
      bytes: new Uint8Array(await readFile(path)),
    })),
  );
  const who = `cli:${env.USER || userInfo().username}`;
  const result = await withDb(command.db, async (db) => {
    await migrate(db);
    // As the server's imports: validated and written under the import lock, one at a time.
    return new ImportQueue(db).run(files, {
      check: command.check,
      publishThrough: command.publishThrough,
      who,
    });
  });
  const rows = Object.entries(result.rows)
    .map(([kind, n]) => `${n} ${kind}`)
    .join(', ');
  if (!result.ok) {
    for (const p of result.problems) say(formatProblem(p));
    if (result.moreProblems > 0) say(`… and ${result.moreProblems} more problems`);
    say(`import refused: ${result.problems.length + result.moreProblems} problems, nothing was imported`);
    process.exitCode = 1;
    return;
  }
  if (result.checkOnly)
    say(`check passed: ${rows || 'no rows'} would be imported (published through ${result.dataTo})`);
  else
    say(
      `imported into ${shown(command.db)}: ${rows || 'no rows'}; data ${result.dataFrom} … ${result.dataTo} (import #${result.importId})`,
    );
}

export async function main(argv: readonly string[], env: Env = process.env): Promise<void> {
  const command = parseCommand(argv, env);
  switch (command.kind) {
    case 'help':
      process.stdout.write(HELP);
      return;
    case 'migrate': {
      const applied = await withDb(command.db, migrate);
      say(applied.length > 0 ? `applied ${applied.join(', ')}` : 'the database is up to date');
      return;
    }
    case 'seed': {
      const summary = await withDb(command.db, async (db) => {
        await migrate(db);
        return seed(db, {
          size: command.size,
          seed: command.seed,
          asOf: command.asOf,
          shape: command.shape,
          log: say,
        });
      });
      say(
        `seeded ${shown(command.db)}: ${summary.areas} areas, ${summary.groups} groups, ${summary.patrols} patrols, ${summary.mediationCases} mediation cases, ${summary.dataFrom} … ${summary.dataTo}, in ${(summary.milliseconds / 1000).toFixed(1)} s`,
      );
      return;
    }
    case 'serve':
      return serve(command, env);
    case 'import':
      return runImport(command, env);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError) {
    say(`antt: ${error.message}\nRun \`npm run antt -- --help\` for the commands and options.`);
    process.exit(2);
  }
  say(`antt: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
