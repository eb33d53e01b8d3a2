// Reading one row's cells as typed values: each field reader either returns the value or records
// a problem naming the column, the value and the reason, and returns undefined.
import { COLUMNS, foldHeader, HEADER_LOOKUP, LIMITS, type Kind } from './formats';
import type { ImportProblemCode, ImportProblemParams } from '../../../src/api/import-problems';
import { problemAt, type Problems, type Sheet, type SheetRow } from './sheet';

export interface Where {
  readonly file: string;
  readonly sheet: string | null;
  readonly row: number;
}

/** Column name → index in the sheet's rows, or null when the header is wrong (problems recorded). */
export function mapHeader(sheet: Sheet, problems: Problems): Map<string, number> | null {
  const lookup = HEADER_LOOKUP[sheet.kind];
  const index = new Map<string, number>();
  let ok = true;
  const say = <C extends ImportProblemCode>(
    column: string | null,
    value: string | null,
    code: C,
    params: ImportProblemParams<C>,
  ) => {
    ok = false;
    problems.add(problemAt({ file: sheet.file, sheet: sheet.sheet, row: 1, column, value }, code, params));
  };
  sheet.header.forEach((h, i) => {
    const name = lookup.get(foldHeader(h));
    if (name === undefined)
      say(h, h, 'unknownColumn', {
        header: h,
        kind: sheet.kind,
        expected: COLUMNS[sheet.kind].map((c) => c.name).join(', '),
      });
    else if (index.has(name)) say(name, h, 'duplicateColumn', { column: name });
    else index.set(name, i);
  });
  for (const c of COLUMNS[sheet.kind])
    if (!index.has(c.name))
      say(c.name, null, 'missingColumn', { column: c.name, header: c.vi, kind: sheet.kind });
  return ok ? index : null;
}

/** C0 control characters other than tab and line breaks, and DEL. */
function hasControl(text: string): boolean {
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 127) return true;
  }
  return false;
}

const MONTH = /^(\d{4})-(\d{2})$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Reads the fields of one row; `ok` turns false at the first problem. */
export class RowReader {
  ok = true;
  readonly where: Where;

  constructor(
    private readonly sheet: Sheet,
    private readonly row: SheetRow,
    private readonly index: ReadonlyMap<string, number>,
    private readonly problems: Problems,
    /** The last day that may be given ("YYYY-MM-DD"): nothing is recorded in the future. */
    private readonly today: string,
  ) {
    this.where = { file: sheet.file, sheet: sheet.sheet, row: row.row };
  }

  get kind(): Kind {
    return this.sheet.kind;
  }

  fail<C extends ImportProblemCode>(
    column: string | null,
    value: string | null,
    code: C,
    params: ImportProblemParams<C>,
  ): undefined {
    this.ok = false;
    this.problems.add(problemAt({ ...this.where, column, value }, code, params));
    return undefined;
  }

  /** The cell's trimmed text ('' when empty), or undefined when the cell is unusable. */
  raw(column: string): string | undefined {
    const cell = this.row.cells[this.index.get(column) ?? -1];
    if (cell?.problem?.code === 'formula')
      return this.fail(column, cell.text, 'formula', cell.problem.params);
    if (cell?.problem) return this.fail(column, cell.text, 'errorCell', cell.problem.params);
    const text = (cell?.text ?? '').trim();
    if (text.length > LIMITS.cellChars)
      return this.fail(column, `${text.slice(0, 40)}…`, 'cellTooLong', {
        length: text.length,
        max: LIMITS.cellChars,
      });
    return text;
  }

  text(column: string, required = true): string | undefined {
    const text = this.raw(column);
    if (text === undefined) return undefined;
    if (required && text === '') return this.fail(column, '', 'required', {});
    // Control characters never belong in a name or note (they could hide or reorder text).
    if (hasControl(text)) return this.fail(column, text, 'controlCharacters', {});
    return text;
  }

  oneOf<T extends string>(column: string, values: readonly T[]): T | undefined {
    const text = this.text(column);
    if (text === undefined) return undefined;
    const found = values.find((v) => v === text);
    return found ?? this.fail(column, text, 'notOneOf', { values: values.join(', ') });
  }

  /** A non-negative whole number up to `max`; null when empty and `optional`. */
  count(column: string, max: number, optional = false): number | null | undefined {
    const text = this.raw(column);
    if (text === undefined) return undefined;
    if (text === '') return optional ? null : this.fail(column, '', 'required', {});
    if (/^-\s*\d+(\.0*)?$/.test(text)) return this.fail(column, text, 'negativeCount', {});
    if (!/^\d+(\.0*)?$/.test(text)) return this.fail(column, text, 'notWholeNumber', {});
    const n = Number(text);
    if (n > max) return this.fail(column, text, 'tooLarge', { max });
    return n;
  }

  month(column: string): string | undefined {
    const text = this.text(column);
    if (text === undefined) return undefined;
    // A month typed into Excel becomes a date (the 1st): take its month.
    const m = MONTH.exec(text) ?? MONTH.exec(DATE.test(text) ? text.slice(0, 7) : '');
    const month = Number(m?.[2]);
    if (!m || month < 1 || month > 12) return this.fail(column, text, 'notMonth', {});
    if (m[0] > this.today.slice(0, 7)) return this.fail(column, text, 'futureMonth', {});
    return m[0];
  }

  date(column: string, optional = false): string | null | undefined {
    const text = this.raw(column);
    if (text === undefined) return undefined;
    if (text === '') return optional ? null : this.fail(column, '', 'required', {});
    const m = DATE.exec(text);
    if (!m) return this.fail(column, text, 'notDate', {});
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (month < 1 || month > 12) return this.fail(column, text, 'noSuchMonth', {});
    const days = daysIn(year, month);
    if (day < 1 || day > days)
      return this.fail(column, text, 'dayOutsideMonth', { month: `${m[1]}-${m[2]}`, days });
    if (text > this.today) return this.fail(column, text, 'futureDate', {});
    return text;
  }
}
