// importFiles: validate every file, then (unless it is a dry run) load them in one transaction,
// rebuild the aggregates, write meta and log the import. Any problem anywhere imports nothing.
import type { Db } from '../db/db';
import type { Kind } from './formats';
import { ImportRejected, load } from './load';
import { describeFiles, totals, writeLog, type LoggedFile } from './log';
import { fileProblem, type Problem } from './sheet';
import { validate, type ImportFile } from './validate';

export interface ImportOptions {
  /** Validate only: the database is not written. */
  check?: boolean;
  /** The last published month (meta.dataTo); default: the later of the published month and the latest imported report. */
  publishThrough?: string;
  /** Who imports (the log's imported_by). */
  who: string;
  /** The area the importer may write (an editor's area); null or absent: the whole data set. */
  scope?: string | null;
  /** Today's date "YYYY-MM-DD" (dates after it are refused); default: today in UTC. */
  today?: string;
}

export interface ImportResult {
  ok: boolean;
  checkOnly: boolean;
  problems: Problem[];
  moreProblems: number;
  rows: Partial<Record<Kind, number>>;
  /** Each file as logged: name, SHA-256, size and rows per kind. */
  files: LoggedFile[];
  dataFrom: string | null;
  dataTo: string | null;
  importId: number | null;
}

export async function importFiles(
  db: Db,
  files: readonly ImportFile[],
  options: ImportOptions,
): Promise<ImportResult> {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const checkOnly = options.check ?? false;
  const v = await validate(db, files, today, options.scope ?? null);
  const logged = describeFiles(files, v.rows);
  const result: ImportResult = {
    ok: false,
    checkOnly,
    problems: v.problems,
    moreProblems: v.moreProblems,
    rows: totals(logged),
    files: logged,
    dataFrom: null,
    dataTo: null,
    importId: null,
  };
  if (files.length === 0) v.problems.push(fileProblem('', null, 'noFiles', {}));
  const [meta] = await db.query<{ data_to: string; demo: boolean; name: string | null }>(
    'SELECT data_to, demo, name FROM meta',
  );
  const latestReport = v.records.incidents.reduce<string | null>(
    (m, i) => (m === null || i.month > m ? i.month : m),
    null,
  );
  const published =
    [meta?.data_to ?? null, latestReport]
      .filter((m): m is string => m !== null)
      .sort()
      .pop() ?? null;
  const dataTo = options.publishThrough ?? published;
  // Only for otherwise good files: a refused report row would make this message misleading.
  if (dataTo === null && v.problems.length === 0)
    v.problems.push(fileProblem(files[0]?.name ?? '', null, 'noPublishedMonth', {}));
  if (v.problems.length > 0 || dataTo === null || checkOnly)
    return { ...result, ok: v.problems.length === 0, dataTo };
  try {
    return await db.transaction(async (tx) => {
      const { dataFrom } = await load(tx, v.records, v.tree, {
        dataTo,
        demo: meta?.demo ?? false,
        // A real data set keeps its name; the demo's ("Demo: …") gives way to the root's.
        name: meta && !meta.demo ? meta.name : null,
      });
      const importId = await writeLog(tx, options.who, dataTo, logged, options.scope ?? null);
      return { ...result, ok: true, dataFrom, dataTo, importId };
    });
  } catch (error) {
    if (error instanceof ImportRejected) return { ...result, problems: error.problems };
    throw error;
  }
}
