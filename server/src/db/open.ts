// Opens the database a URL names: `postgres://…` (node-postgres pool) or `pglite:<directory>`
// (`pglite:memory` for an in-memory database).
import type { Db } from './db';

export async function openDb(url: string): Promise<Db> {
  throw new Error(`openDb is not implemented yet (${url})`);
}
