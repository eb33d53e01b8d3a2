// What every reader produces: a sheet of text cells with their row numbers as the user sees them
// (row 1 is the header), and the problems found while reading. Validation never knows whether a
// sheet came from a CSV or an XLSX file.
import type { Kind } from './formats';

export interface Cell {
  readonly text: string;
  /** Set when the cell cannot be taken as a value (a formula, an error cell): the reason. */
  readonly problem?: string;
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

export interface Problem {
  file: string;
  sheet: string | null;
  row: number | null;
  column: string | null;
  value: string | null;
  reason: string;
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
