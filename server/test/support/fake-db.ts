// A stand-in Db for the HTTP edge's tests: answers SELECT 1 (or fails on demand) and records close,
// so the edge is tested without a seeded database.
import type { Db } from '../../src/db/db';

export interface FakeDb extends Db {
  closed: boolean;
  failing: boolean;
}

export function fakeDb(): FakeDb {
  const db: FakeDb = {
    kind: 'pglite',
    closed: false,
    failing: false,
    async query<R>(): Promise<R[]> {
      if (db.failing) throw new Error('connection terminated unexpectedly');
      return [{ '?column?': 1 } as R];
    },
    async exec() {},
    async transaction<T>(fn: (tx: Db) => Promise<T>) {
      return fn(db);
    },
    async copyRows() {},
    async close() {
      db.closed = true;
    },
  };
  return db;
}
