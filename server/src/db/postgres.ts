// node-postgres driver for a PostgreSQL server (15 or later). Bulk loads use COPY … FROM STDIN
// (CSV) through node-postgres' Submittable interface, the same protocol messages pg-copy-streams
// sends, without the extra dependency.
import pg from 'pg';
import type { Db } from './db';
import { chunks, csvField, ident } from './sql';

/** Rows per COPY statement (its CSV is built in memory). */
const COPY_BATCH = 50_000;

/** The part of pg's Connection the COPY sub-protocol needs (public methods, absent from @types/pg). */
interface CopyConnection {
  query(text: string): void;
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
}

/** COPY … FROM STDIN as a Submittable: pg calls these handlers as the server answers. */
class CopyIn implements pg.Submittable {
  private settled = false;

  constructor(
    private readonly text: string,
    private readonly data: Buffer,
    private readonly done: (error: Error | undefined) => void,
  ) {}

  submit(connection: pg.Connection): void {
    (connection as unknown as CopyConnection).query(this.text);
  }

  handleCopyInResponse(connection: pg.Connection): void {
    const c = connection as unknown as CopyConnection;
    c.sendCopyFromChunk(this.data);
    c.endCopyFrom();
  }

  // pg detaches a query that failed before ReadyForQuery arrives, so the error settles it here.
  handleError(error: Error): void {
    this.settle(error);
  }

  handleReadyForQuery(): void {
    this.settle(undefined);
  }

  private settle(error: Error | undefined): void {
    if (this.settled) return;
    this.settled = true;
    this.done(error);
  }

  handleCommandComplete(): void {}
  handleRowDescription(): void {}
  handleDataRow(): void {}
  handleEmptyQuery(): void {}
  handlePortalSuspended(): void {}
}

function copy(client: pg.PoolClient, text: string, data: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    client.query(new CopyIn(text, data, (error) => (error ? reject(error) : resolve())));
  });
}

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
      const text = `COPY ${ident(table)} (${columns.map(ident).join(', ')}) FROM STDIN WITH (FORMAT csv)`;
      // COPY needs one connection for its whole exchange: the transaction's, or one of the pool's.
      const conn = pool ? await pool.connect() : (client as pg.PoolClient);
      try {
        for (const batch of chunks(rows, COPY_BATCH)) {
          const lines = batch.map((row) => {
            if (row.length !== columns.length)
              throw new Error(`COPY ${table}: row has ${row.length} values, not ${columns.length}`);
            return `${row.map(csvField).join(',')}\n`;
          });
          await copy(conn, text, Buffer.from(lines.join('')));
        }
      } finally {
        if (pool) conn.release();
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
