// PGlite driver: PostgreSQL compiled to WebAssembly, in-process, in a directory or in memory.
// One PGlite instance is one connection: PGlite queues concurrent queries itself, and
// transaction() holds it exclusively until COMMIT.
import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { Db } from './db';
import { chunks, csvField, ident } from './sql';

/** Rows per COPY statement: the CSV of one batch is held in memory as a Blob. */
const COPY_BATCH = 50_000;

type Queryable = Pick<Transaction, 'query' | 'exec'>;

function wrap(
  conn: Queryable,
  tx: (fn: (t: Transaction) => Promise<unknown>) => Promise<unknown>,
): Omit<Db, 'close'> {
  const db: Omit<Db, 'close'> = {
    kind: 'pglite',
    async query<R>(text: string, params: readonly unknown[] = []): Promise<R[]> {
      const result = await conn.query<R>(text, [...params]);
      return result.rows;
    },
    async exec(sql: string): Promise<void> {
      await conn.exec(sql);
    },
    async transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
      return (await tx((t) => fn(inTransaction(t)))) as T;
    },
    async copyRows(
      table: string,
      columns: readonly string[],
      rows: Iterable<readonly unknown[]>,
    ): Promise<void> {
      const target = `${ident(table)} (${columns.map(ident).join(', ')})`;
      for (const batch of chunks(rows, COPY_BATCH)) {
        const lines = batch.map((row) => {
          if (row.length !== columns.length)
            throw new Error(`COPY ${table}: row has ${row.length} values, not ${columns.length}`);
          return `${row.map(csvField).join(',')}\n`;
        });
        await conn.query(`COPY ${target} FROM '/dev/blob' WITH (FORMAT csv)`, [], { blob: new Blob(lines) });
      }
    },
  };
  return db;
}

/** A Db on an open transaction; nesting runs inside the same transaction. */
function inTransaction(t: Transaction): Db {
  const db: Db = {
    ...wrap(t, async (fn) => fn(t)),
    close: async () => {
      throw new Error('close() inside a transaction');
    },
  };
  return db;
}

/** `dataDir` null: in memory (gone on close). */
export async function openPglite(dataDir: string | null): Promise<Db> {
  const pg = dataDir === null ? await PGlite.create() : await PGlite.create(dataDir);
  return {
    ...wrap(pg, (fn) => pg.transaction(fn)),
    close: () => pg.close(),
  };
}
