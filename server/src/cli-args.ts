// The command line of `npm run antt -- <command>`: parsed into a typed command, or a UsageError
// whose message says what is wrong. Relative `pglite:` directories and --dist are taken from the
// repository root (npm runs the workspace script in server/, which is not where people type them).
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Shape, SizeOption } from '../../mocks/generator/types';
import { LIMITS } from './import/formats';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DEFAULT_DB = 'pglite:./data';
export const DEFAULT_PORT = 8080;

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export type Command =
  | { kind: 'help'; topic: 'serve' | 'migrate' | 'seed' | 'import' | null }
  | {
      kind: 'serve';
      db: string;
      port: number;
      /** Null: the default (loopback without sign-in). */
      host: string | null;
      dist: string;
      /** Build the dashboard first when dist/ is missing or older than its sources. */
      build: boolean;
      /** Serve without sign-in on a non-loopback address anyway. */
      allowUnauthenticated: boolean;
    }
  | { kind: 'migrate'; db: string }
  | {
      kind: 'seed';
      db: string;
      size: SizeOption;
      seed: number | undefined;
      asOf: string | undefined;
      shape: Shape | undefined;
    }
  | {
      kind: 'import';
      db: string;
      /** Validate only: nothing is written. */
      check: boolean;
      /** meta.dataTo; undefined: the later of the published month and the latest imported report. */
      publishThrough: string | undefined;
      /** Absolute paths. */
      files: string[];
    };

const LIMITS_TEXT = `files up to ${LIMITS.fileBytes / 1024 / 1024} MiB (an XLSX unzipped up to ${LIMITS.unzippedBytes / 1024 / 1024} MiB), ${LIMITS.rowsPerSheet.toLocaleString('en')} rows per file or sheet,
                    ${LIMITS.rowsPerImport.toLocaleString('en')} rows and ${LIMITS.files} files per import`;

export const HELP = `Usage: npm run antt -- <command> [options]

Commands:
  serve     Serve the dashboard and the API on one port. An empty database is migrated and
            seeded with the demo province first.
  migrate   Apply the database migrations it lacks.
  seed      Replace the data with a data set of the seeded generator (mocks/generator).
  import    Import a province's own data: FILE… are CSV (UTF-8, comma or semicolon) or XLSX
            files of areas, groups, patrols, mediation_cases and incidents (README). Every
            row is checked first; on any problem nothing is imported, every problem is
            printed, and the exit status is 1. Existing ids and ward-months are replaced.

Options:
  --db URL          postgres://user:pass@host:5432/name or pglite:<directory> (pglite:memory for
                    a throw-away one). Default: $DATABASE_URL, else ${DEFAULT_DB} (relative to the
                    repository root).
serve:
  --port N          Port to listen on (default $PORT, else ${DEFAULT_PORT}).
  --host H          Address to bind (default localhost). Without AUTH_ISSUER only a loopback
                    address is accepted, unless --allow-unauthenticated is given too.
  --dist DIR        The dashboard build to serve (default dist/ of the repository root).
  --build           Build the dashboard first if dist/ is missing or older than its sources.
  --allow-unauthenticated
                    Serve without sign-in on a non-loopback address (anyone who can reach it
                    reads all data).
seed:
  --size S          province (default), national, or PxDxW: P provinces of D districts of W wards.
  --seed N          The generator's seed (default: the demo's).
  --as-of YYYY-MM   The last month of the history (default: the last complete month).
  --shape T         reformed (default: today's tree, no district level since the 2025 reform),
                    with-districts or no-districts (the older trees).
import FILE…:
  --check           Validate only, write nothing (exit status 1 when a problem is found).
  --publish-through YYYY-MM
                    The last published month (/meta's dataTo). Default: the later of the month
                    already published and the latest month of the imported monthly reports.
  Limits:           ${LIMITS_TEXT}.

Environment:
  DATABASE_URL, PORT, HOST, LOG_LEVEL (info), AUTH_ISSUER, AUTH_AUDIENCE, AUTH_CLIENT_ID,
  AUTH_SCOPE, AUTH_AREA_CLAIM (area), AUTH_ROLES_CLAIM (roles), CORS_ORIGINS (comma-separated),
  RATE_LIMIT_MAX (1200 per client and window; 0: off), RATE_LIMIT_WINDOW_MS (60000),
  TRUST_PROXY (1: behind a reverse proxy).
`;

/** A --db value as openDb takes it: relative pglite directories anchored at the repository root. */
export function resolveDbUrl(url: string): string {
  if (/^postgres(ql)?:\/\/.+/.test(url)) return url;
  if (url.startsWith('pglite:')) {
    const where = url.slice('pglite:'.length);
    if (where === '')
      throw new UsageError('--db pglite: needs a directory, e.g. pglite:./data (or pglite:memory)');
    return where === 'memory' ? url : `pglite:${resolve(REPO_ROOT, where)}`;
  }
  throw new UsageError(`--db ${url}: expected postgres://… or pglite:<directory>`);
}

export function parseSize(value: string): SizeOption {
  if (value === 'province' || value === 'national') return value;
  const match = /^(\d+)x(\d+)x(\d+)$/.exec(value);
  if (match) {
    const [provinces, districtsPerProvince, wardsPerDistrict] = match.slice(1).map(Number) as [
      number,
      number,
      number,
    ];
    if (provinces >= 1 && districtsPerProvince >= 1 && wardsPerDistrict >= 1)
      return { provinces, districtsPerProvince, wardsPerDistrict };
  }
  throw new UsageError(`--size ${value}: expected province, national or PxDxW (e.g. 3x2x4)`);
}

const SHAPES: readonly Shape[] = ['reformed', 'with-districts', 'no-districts'];

function parseShape(value: string): Shape {
  const shape = SHAPES.find((s) => s === value);
  if (!shape) throw new UsageError(`--shape ${value}: expected ${SHAPES.join(', ')}`);
  return shape;
}

function integer(flag: string, value: string, min: number, max: number): number {
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max)
    throw new UsageError(`--${flag} ${value}: expected a whole number from ${min} to ${max}`);
  return n;
}

function month(value: string, flag = 'as-of'): string {
  const match = /^(\d{4})-(\d{2})$/.exec(value);
  const m = Number(match?.[2]);
  if (!match || m < 1 || m > 12)
    throw new UsageError(`--${flag} ${value}: expected a month YYYY-MM, e.g. 2026-10`);
  return value;
}

const OPTIONS = {
  db: { type: 'string' },
  port: { type: 'string' },
  host: { type: 'string' },
  dist: { type: 'string' },
  build: { type: 'boolean' },
  'allow-unauthenticated': { type: 'boolean' },
  size: { type: 'string' },
  seed: { type: 'string' },
  shape: { type: 'string' },
  'as-of': { type: 'string' },
  check: { type: 'boolean' },
  'publish-through': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const ALLOWED: Record<'serve' | 'migrate' | 'seed' | 'import', readonly string[]> = {
  serve: ['db', 'port', 'host', 'dist', 'build', 'allow-unauthenticated', 'help'],
  migrate: ['db', 'help'],
  seed: ['db', 'size', 'seed', 'as-of', 'shape', 'help'],
  import: ['db', 'check', 'publish-through', 'help'],
};

export function parseCommand(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>> = {},
): Command {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h')
    return { kind: 'help', topic: null };
  if (name !== 'serve' && name !== 'migrate' && name !== 'seed' && name !== 'import')
    throw new UsageError(`Unknown command "${name}": expected serve, migrate, seed or import`);
  let values: {
    [K in keyof typeof OPTIONS]?: (typeof OPTIONS)[K]['type'] extends 'string' ? string : boolean;
  };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: [...rest],
      options: OPTIONS,
      strict: true,
      allowPositionals: name === 'import',
    }));
  } catch (error) {
    throw new UsageError(`${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
  for (const flag of Object.keys(values))
    if (!ALLOWED[name].includes(flag)) throw new UsageError(`${name} takes no --${flag}`);
  if (values.help) return { kind: 'help', topic: name };
  const db = resolveDbUrl(values.db ?? (env.DATABASE_URL || DEFAULT_DB));
  if (name === 'migrate') return { kind: 'migrate', db };
  if (name === 'import') {
    if (positionals.length === 0)
      throw new UsageError('import: name the files to import, e.g. import areas.csv');
    return {
      kind: 'import',
      db,
      check: values.check ?? false,
      publishThrough:
        values['publish-through'] === undefined
          ? undefined
          : month(values['publish-through'], 'publish-through'),
      // Files are named relative to where the command was typed (npm's INIT_CWD), not server/.
      files: positionals.map((f) => resolve(env.INIT_CWD || process.cwd(), f)),
    };
  }
  if (name === 'seed')
    return {
      kind: 'seed',
      db,
      size: parseSize(values.size ?? 'province'),
      seed: values.seed === undefined ? undefined : integer('seed', values.seed, 0, 2 ** 31 - 1),
      asOf: values['as-of'] === undefined ? undefined : month(values['as-of']),
      shape: values.shape === undefined ? undefined : parseShape(values.shape),
    };
  const port = values.port ?? env.PORT;
  const host = values.host ?? (env.HOST || null);
  if (host === '') throw new UsageError('--host needs an address, e.g. 127.0.0.1');
  return {
    kind: 'serve',
    db,
    port: port === undefined || port === '' ? DEFAULT_PORT : integer('port', port, 1, 65535),
    host,
    dist: resolve(REPO_ROOT, values.dist ?? 'dist'),
    build: values.build ?? false,
    allowUnauthenticated: values['allow-unauthenticated'] ?? false,
  };
}

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|::1|\[::1\])$/i;

export function isLoopback(host: string): boolean {
  return LOOPBACK.test(host);
}

/**
 * The address `serve` binds: without sign-in, loopback only (anyone reaching the port would read
 * every figure) unless the operator says otherwise with --allow-unauthenticated.
 */
export function bindHost(host: string | null, signIn: boolean, allowUnauthenticated: boolean): string {
  const chosen = host ?? 'localhost';
  if (!signIn && !isLoopback(chosen) && !allowUnauthenticated)
    throw new UsageError(
      `--host ${chosen}: without sign-in (AUTH_ISSUER) the server binds to loopback only. Set AUTH_ISSUER and AUTH_AUDIENCE, or add --allow-unauthenticated to serve every figure to anyone who can reach ${chosen}.`,
    );
  return chosen;
}
