// Contract v1.1's import endpoints (POST /imports, GET /imports; api/openapi.yaml): the summary of
// an import, the validation report of a refused one, and the import log.
import { z } from 'zod';
import { KINDS } from './import-formats';
import { dateTimeString, monthString, problemSchema } from './schemas';

const count = z.number().int().min(0);

export const importKindSchema = z.enum(KINDS);
/** Data rows per kind (`{ "patrols": 1200, "incidents": 96 }`); kinds without rows are left out. */
export const importRowsSchema = z.partialRecord(importKindSchema, count);
export type ImportRows = z.infer<typeof importRowsSchema>;

export const importedFileSchema = z.object({
  name: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 in hex'),
  bytes: count,
  rows: importRowsSchema,
});
export type ImportedFile = z.infer<typeof importedFileSchema>;

/** 200 of POST /imports: what was imported (or, with `?check=true`, what would be). */
export const importResultSchema = z.object({
  checkOnly: z.boolean(),
  /** The log entry written; null for a check. */
  importId: z.number().int().positive().nullable(),
  rows: importRowsSchema,
  files: z.array(importedFileSchema),
  /** The data set's range after the import (null for a check). */
  dataFrom: monthString.nullable(),
  /** The last published month after the import (for a check: the one it would set). */
  dataTo: monthString.nullable(),
});
export type ImportResult = z.infer<typeof importResultSchema>;

/** One refused row, cell or file. `code` is among src/api/import-problems.ts's (unknown ones show `reason`). */
export const importProblemSchema = z.object({
  file: z.string(),
  sheet: z.string().nullable(),
  row: z.number().int().min(1).nullable(),
  column: z.string().nullable(),
  value: z.string().nullable(),
  code: z.string().min(1),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  reason: z.string(),
});
export type ImportProblem = z.infer<typeof importProblemSchema>;

/** 422 of POST /imports (application/problem+json): nothing was imported, and why. */
export const importRejectedSchema = problemSchema.extend({
  problems: z.array(importProblemSchema).min(1),
  /** Problems past the report's limit, counted only. */
  moreProblems: count,
});
export type ImportRejected = z.infer<typeof importRejectedSchema>;

export const importLogEntrySchema = z.object({
  id: z.number().int().positive(),
  importedAt: dateTimeString,
  /** The importer's name (or subject when the token names no one). */
  importedBy: z.string(),
  /** The area the importer could write; null: the whole data set. */
  areaId: z.string().nullable(),
  dataTo: monthString,
  rows: importRowsSchema,
  files: z.array(importedFileSchema),
});
export type ImportLogEntry = z.infer<typeof importLogEntrySchema>;

/** 200 of GET /imports: the log, newest first (at most the last 100 imports the caller may see). */
export const importLogSchema = z.object({ items: z.array(importLogEntrySchema) });
export type ImportLog = z.infer<typeof importLogSchema>;
