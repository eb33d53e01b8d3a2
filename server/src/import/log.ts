// The import log (migrations/002_imports.sql): who imported which files (SHA-256, size, rows per
// kind) and when, written inside the import's transaction so a failed import leaves no entry.
import { createHash } from 'node:crypto';
import type { Db } from '../db/db';
import type { Kind } from './formats';
import type { ImportFile } from './validate';

export interface LoggedFile {
  name: string;
  sha256: string;
  bytes: number;
  rows: Partial<Record<Kind, number>>;
}

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

export function describeFiles(
  files: readonly ImportFile[],
  rows: ReadonlyMap<string, Partial<Record<Kind, number>>>,
): LoggedFile[] {
  return files.map((f) => ({
    name: f.name,
    sha256: sha256(f.bytes),
    bytes: f.bytes.length,
    rows: rows.get(f.name) ?? {},
  }));
}

export function totals(files: readonly LoggedFile[]): Partial<Record<Kind, number>> {
  const out: Partial<Record<Kind, number>> = {};
  for (const f of files)
    for (const [k, n] of Object.entries(f.rows) as [Kind, number][]) out[k] = (out[k] ?? 0) + n;
  return out;
}

/** `areaId`: the importer's scope (null: the whole data set), which decides who sees the entry. */
export async function writeLog(
  tx: Db,
  who: string,
  dataTo: string,
  files: readonly LoggedFile[],
  areaId: string | null = null,
): Promise<number> {
  const [entry] = await tx.query<{ id: string }>(
    'INSERT INTO imports (imported_by, data_to, rows, area_id) VALUES ($1, $2, $3::jsonb, $4) RETURNING id::text AS id',
    [who, dataTo, JSON.stringify(totals(files)), areaId],
  );
  const id = Number(entry?.id);
  for (const [i, f] of files.entries())
    await tx.query(
      'INSERT INTO import_files (import_id, position, name, sha256, bytes, rows) VALUES ($1, $2, $3, $4, $5, $6::jsonb)',
      [id, i, f.name, f.sha256, f.bytes, JSON.stringify(f.rows)],
    );
  return id;
}

export interface LogEntry {
  id: number;
  importedAt: string;
  importedBy: string;
  areaId: string | null;
  dataTo: string;
  rows: Partial<Record<Kind, number>>;
  files: LoggedFile[];
}

/**
 * The log, newest first (GET /imports). `within`: the id of the caller's root area; then only the
 * entries whose importer's area lies in its subtree (a whole-data-set entry is in none). Null: all.
 */
export async function readLog(db: Db, limit = 100, within: string | null = null): Promise<LogEntry[]> {
  const entries = await db.query<{
    id: string;
    at: string;
    by: string;
    area_id: string | null;
    data_to: string;
    rows: string;
  }>(
    `SELECT i.id::text AS id, to_char(i.imported_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS at,
            i.imported_by AS by, i.area_id, i.data_to, i.rows::text AS rows
       FROM imports i
      WHERE $2::text IS NULL OR EXISTS (
              SELECT 1 FROM areas a JOIN areas s ON s.id = $2::text
               WHERE a.id = i.area_id AND a.pre >= s.pre AND a.pre < s.sub_end)
      ORDER BY i.imported_at DESC, i.id DESC LIMIT $1`,
    [limit, within],
  );
  const files = await db.query<{
    import_id: string;
    name: string;
    sha256: string;
    bytes: string;
    rows: string;
  }>(
    'SELECT import_id::text AS import_id, name, sha256, bytes::text AS bytes, rows::text AS rows FROM import_files WHERE import_id = ANY($1::bigint[]) ORDER BY import_id, position',
    [entries.map((e) => e.id)],
  );
  return entries.map((e) => ({
    id: Number(e.id),
    importedAt: e.at,
    importedBy: e.by,
    areaId: e.area_id,
    dataTo: e.data_to,
    rows: JSON.parse(e.rows) as Partial<Record<Kind, number>>,
    files: files
      .filter((f) => f.import_id === e.id)
      .map((f) => ({
        name: f.name,
        sha256: f.sha256,
        bytes: Number(f.bytes),
        rows: JSON.parse(f.rows) as Partial<Record<Kind, number>>,
      })),
  }));
}
