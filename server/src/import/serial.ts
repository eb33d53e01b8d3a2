// Imports one at a time. importFiles validates against the database before its write transaction
// begins, so two imports validated side by side could each pass alone and together break a rule
// (an id or a group in both). Here a whole import, validation included, runs in one transaction
// under the import's advisory lock (the one load.ts takes: PostgreSQL serialises servers and the
// CLI on it), and imports of one process wait in line before asking for a connection, so
// queued uploads never hold the pool's connections that readers need.
import type { Db } from '../db/db';
import { importFiles, type ImportOptions, type ImportResult } from './import';
import { IMPORT_LOCK } from './load';

/** Carries a refused import or a check out of its transaction, which then rolls back. */
class Unwritten extends Error {
  constructor(readonly result: ImportResult) {
    super('import not written');
  }
}

export class ImportQueue {
  private tail: Promise<unknown> = Promise.resolve();

  constructor(private readonly db: Db) {}

  /** importFiles, after every import queued before it has finished (FIFO). */
  run(files: Parameters<typeof importFiles>[1], options: ImportOptions): Promise<ImportResult> {
    const turn = this.tail.then(() => this.runNow(files, options));
    // The next import waits for this one to settle, success or not.
    this.tail = turn.catch(() => undefined);
    return turn;
  }

  private async runNow(
    files: Parameters<typeof importFiles>[1],
    options: ImportOptions,
  ): Promise<ImportResult> {
    try {
      return await this.db.transaction(async (tx) => {
        await tx.query('SELECT pg_advisory_xact_lock($1)', [IMPORT_LOCK]);
        const result = await importFiles(tx, files, options);
        // Nested in this transaction, importFiles' own rollback of a refused load is no rollback.
        if (!result.ok || result.checkOnly) throw new Unwritten(result);
        return result;
      });
    } catch (error) {
      if (error instanceof Unwritten) return error.result;
      throw error;
    }
  }
}
