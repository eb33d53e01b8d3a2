// Versioned migrations (server/migrations/NNN_name.sql), applied in order, each once, all in one
// transaction under an advisory lock, so two servers starting together never apply one twice.
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Db } from './db';

const MIGRATIONS = fileURLToPath(new URL('../../migrations/', import.meta.url));
const LOCK = 80_080_001;

/** Applies the migrations the database lacks; returns their names. */
export async function migrate(db: Db): Promise<string[]> {
  const files = (await readdir(MIGRATIONS)).filter((f) => /^\d{3}_[a-z0-9_]+\.sql$/.test(f)).sort();
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCK]);
    await tx.exec(
      `CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`,
    );
    const done = new Set(
      (await tx.query<{ name: string }>('SELECT name FROM schema_migrations')).map((r) => r.name),
    );
    const applied: string[] = [];
    for (const file of files) {
      if (done.has(file)) continue;
      await tx.exec(await readFile(`${MIGRATIONS}${file}`, 'utf8'));
      await tx.query('INSERT INTO schema_migrations (name) VALUES ($1)', [file]);
      applied.push(file);
    }
    return applied;
  });
}
