// Versioned migrations (server/migrations/NNN_name.sql), applied in order, each once.
import type { Db } from './db';

/** Applies the migrations the database lacks; returns their names. */
export async function migrate(db: Db): Promise<string[]> {
  void db;
  throw new Error('migrate is not implemented yet');
}
