// Opens the database a URL names: `postgres://…` (node-postgres pool) or `pglite:<directory>`
// (`pglite:memory` for an in-memory database).
import { resolve } from 'node:path';
import type { Db } from './db';
import { openPglite } from './pglite';
import { openPostgres } from './postgres';

export async function openDb(url: string): Promise<Db> {
  if (/^postgres(ql)?:\/\//.test(url)) return openPostgres(url);
  if (url.startsWith('pglite:')) {
    const where = url.slice('pglite:'.length);
    if (where === '') throw new Error('pglite: needs a directory, e.g. pglite:./data, or pglite:memory');
    return openPglite(where === 'memory' ? null : resolve(where));
  }
  throw new Error(`Unsupported database URL "${url}": use postgres://… or pglite:<directory>`);
}
