// The one interface the server's SQL goes through, with two drivers: node-postgres for a
// PostgreSQL server (DATABASE_URL=postgres://…) and PGlite (PostgreSQL compiled to WebAssembly,
// in-process) for `pglite:<directory>`. Both speak the same SQL, so the same queries and the same
// tests run on either. Every statement takes its values as $n parameters, never spliced into text.

export type DbKind = 'pglite' | 'postgres';

export interface Db {
  readonly kind: DbKind;
  /** One parameterised statement ($1, $2…); its rows, typed by the caller's query function. */
  query<R>(text: string, params?: readonly unknown[]): Promise<R[]>;
  /** Several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  /** `fn` inside BEGIN … COMMIT on one connection; ROLLBACK when it throws. */
  transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T>;
  /** Bulk load (COPY … FROM STDIN on both drivers). */
  copyRows(table: string, columns: readonly string[], rows: Iterable<readonly unknown[]>): Promise<void>;
  close(): Promise<void>;
}
