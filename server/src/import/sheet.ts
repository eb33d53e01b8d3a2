// What every reader produces: a sheet of text cells with their row numbers as the user sees them
// (row 1 is the header), and the problems found while reading. Validation never knows whether a
// sheet came from a CSV or an XLSX file.
import {
  importProblemReason,
  type ImportProblemCode,
  type ImportProblemParams,
} from '../../../src/api/import-problems';
import type { Kind } from './formats';

export interface Cell {
  readonly text: string;
  /** Set when the cell cannot be taken as a value (a formula, an error cell): why. */
  readonly problem?:
    | { code: 'formula'; params: ImportProblemParams<'formula'> }
    | { code: 'errorCell'; params: ImportProblemParams<'errorCell'> };
}

export interface SheetRow {
  /** 1-based row number in the file or sheet (the header is row 1). */
  readonly row: number;
  readonly cells: readonly (Cell | undefined)[];
}

export interface Sheet {
  readonly file: string;
  /** The sheet's name in an XLSX file; null for a CSV. */
  readonly sheet: string | null;
  readonly kind: Kind;
  readonly header: readonly string[];
  readonly rows: readonly SheetRow[];
}

/** Where a problem is: the file, and as far as known its sheet, row, column and the value found. */
export interface ProblemAt {
  file: string;
  sheet: string | null;
  row: number | null;
  column: string | null;
  value: string | null;
}

export interface Problem extends ProblemAt {
  /** Stable: what the dashboard translates (src/api/import-problems.ts). */
  code: ImportProblemCode;
  params: Record<string, string | number>;
  /** The English text of code and params. */
  reason: string;
}

export function problemAt<C extends ImportProblemCode>(
  at: ProblemAt,
  code: C,
  params: ImportProblemParams<C>,
): Problem {
  const p: Record<string, string | number> = params;
  return { ...at, code, params: p, reason: importProblemReason(code, p) };
}

/** A problem of a whole file (or of one of its sheets). */
export function fileProblem<C extends ImportProblemCode>(
  file: string,
  sheet: string | null,
  code: C,
  params: ImportProblemParams<C>,
): Problem {
  return problemAt({ file, sheet, row: null, column: null, value: null }, code, params);
}

/** Collects problems up to a limit, counting those past it. */
export class Problems {
  readonly list: Problem[] = [];
  dropped = 0;
  constructor(private readonly limit: number) {}

  add(problem: Problem): void {
    if (this.list.length < this.limit) this.list.push(problem);
    else this.dropped++;
  }

  get count(): number {
    return this.list.length + this.dropped;
  }
}

/** One line of a report: "patrols.csv, row 12, column date, value "2026-02-30": reason". */
export function formatProblem(p: Problem): string {
  const where = [
    p.file,
    p.sheet === null ? null : `sheet ${p.sheet}`,
    p.row === null ? null : `row ${p.row}`,
    p.column === null ? null : `column ${p.column}`,
    p.value === null ? null : `value ${JSON.stringify(p.value)}`,
  ].filter((s) => s !== null);
  return `${where.join(', ')}: ${p.reason}`;
}
