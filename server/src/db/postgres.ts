// node-postgres driver for a PostgreSQL server (15 or later). Bulk loads go through
// INSERT … SELECT FROM unnest($1::type[], …): one parameter per column, so a batch of tens of
// thousands of rows is one parameterised statement (no pg-copy-streams dependency, nothing spliced).
import pg from 'pg';
import type { Db } from './db';
import { chunks, ident } from './sql';

const INSERT_BATCH = 20_000;

export interface PostgresOptions {
  /** search_path of every connection (tests run in a schema of their own). */
  schema?: string;
  /** Pool size (default 10). */
  max?: number;
}

interface Client {
  query: pg.Pool['query'];
}

function wrap(client: Client, pool: pg.Pool | null): Omit<Db, 'close'> {
  // Column types per table, for the unnest casts (asked once per table).
  const types = new Map<string, Map<string, string>>();
  const columnTypes = async (table: string): Promise<Map<string, string>> => {
    let map = types.get(table);
    if (!map) {
      const { rows } = await client.query<{ name: string; type: string }>(
        `SELECT attname AS name, format_type(atttypid, atttypmod) AS type
           FROM pg_attribute WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped`,
        [table],
      );
      map = new Map(rows.map((r) => [r.name, r.type]));
      types.set(table, map);
    }
    return map;
  };
  return {
    kind: 'postgres',
    async query<R>(text: string, params: readonly unknown[] = []): Promise<R[]> {
      const result = await client.query(text, [...params]);
      return result.rows as R[];
    },
    async exec(sql: string): Promise<void> {
      await client.query(sql);
    },
    async transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
      if (!pool) return fn({ ...wrap(client, null), close: async () => {} });
      const conn = await pool.connect();
      try {
        await conn.query('BEGIN');
        const result = await fn({ ...wrap(conn, null), close: async () => {} });
        await conn.query('COMMIT');
        return result;
      } catch (error) {
        await conn.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        conn.release();
      }
    },
    async copyRows(
      table: string,
      columns: readonly string[],
      rows: Iterable<readonly unknown[]>,
    ): Promise<void> {
      const known = await columnTypes(table);
      const casts = columns.map((c, i) => {
        const type = known.get(c);
        if (!type) throw new Error(`Table ${table} has no column ${c}`);
        return `$${i + 1}::${type}[]`;
      });
      const text = `INSERT INTO ${ident(table)} (${columns.map(ident).join(', ')}) SELECT * FROM unnest(${casts.join(', ')})`;
      for (const batch of chunks(rows, INSERT_BATCH)) {
        const arrays = columns.map((_, i) => batch.map((row) => row[i] ?? null));
        await client.query(text, arrays);
      }
    },
  };
}

export async function openPostgres(url: string, options: PostgresOptions = {}): Promise<Db> {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    ...(options.schema ? { options: `-c search_path=${ident(options.schema)}` } : {}),
  });
  // An idle client's error (server restart) must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  await pool.query('SELECT 1');
  return { ...wrap(pool, pool), close: () => pool.end() };
}
