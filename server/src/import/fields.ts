// Reading one row's cells as typed values: each field reader either returns the value or records
// a problem naming the column, the value and the reason, and returns undefined.
import { COLUMNS, foldHeader, HEADER_LOOKUP, LIMITS, type Kind } from './formats';
import type { Problems, Sheet, SheetRow } from './sheet';

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
  const say = (column: string | null, value: string | null, reason: string) => {
    ok = false;
    problems.add({ file: sheet.file, sheet: sheet.sheet, row: 1, column, value, reason });
  };
  sheet.header.forEach((h, i) => {
    const name = lookup.get(foldHeader(h));
    if (name === undefined)
      say(
        h,
        h,
        `unknown column "${h}" for ${sheet.kind}: expected ${COLUMNS[sheet.kind].map((c) => c.name).join(', ')}`,
      );
    else if (index.has(name)) say(name, h, `column ${name} given twice`);
    else index.set(name, i);
  });
  for (const c of COLUMNS[sheet.kind])
    if (!index.has(c.name)) say(c.name, null, `missing column ${c.name} ("${c.vi}") for ${sheet.kind}`);
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

  fail(column: string | null, value: string | null, reason: string): undefined {
    this.ok = false;
    this.problems.add({ ...this.where, column, value, reason });
    return undefined;
  }

  /** The cell's trimmed text ('' when empty), or undefined when the cell is unusable. */
  raw(column: string): string | undefined {
    const cell = this.row.cells[this.index.get(column) ?? -1];
    if (cell?.problem) return this.fail(column, cell.text, cell.problem);
    const text = (cell?.text ?? '').trim();
    if (text.length > LIMITS.cellChars)
      return this.fail(
        column,
        `${text.slice(0, 40)}…`,
        `${text.length} characters: at most ${LIMITS.cellChars}`,
      );
    return text;
  }

  text(column: string, required = true): string | undefined {
    const text = this.raw(column);
    if (text === undefined) return undefined;
    if (required && text === '') return this.fail(column, '', 'required: the cell is empty');
    // Control characters never belong in a name or note (they could hide or reorder text).
    if (hasControl(text)) return this.fail(column, text, 'contains control characters');
    return text;
  }

  oneOf<T extends string>(column: string, values: readonly T[]): T | undefined {
    const text = this.text(column);
    if (text === undefined) return undefined;
    const found = values.find((v) => v === text);
    return found ?? this.fail(column, text, `expected one of ${values.join(', ')}`);
  }

  /** A non-negative whole number up to `max`; null when empty and `optional`. */
  count(column: string, max: number, optional = false): number | null | undefined {
    const text = this.raw(column);
    if (text === undefined) return undefined;
    if (text === '') return optional ? null : this.fail(column, '', 'required: the cell is empty');
    if (/^-\s*\d+(\.0*)?$/.test(text))
      return this.fail(column, text, 'a negative count: counts are 0 or more');
    if (!/^\d+(\.0*)?$/.test(text)) return this.fail(column, text, 'not a whole number');
    const n = Number(text);
    if (n > max) return this.fail(column, text, `more than ${max}`);
    return n;
  }

  month(column: string): string | undefined {
    const text = this.text(column);
    if (text === undefined) return undefined;
    // A month typed into Excel becomes a date (the 1st): take its month.
    const m = MONTH.exec(text) ?? MONTH.exec(DATE.test(text) ? text.slice(0, 7) : '');
    const month = Number(m?.[2]);
    if (!m || month < 1 || month > 12)
      return this.fail(column, text, 'expected a month YYYY-MM, e.g. 2026-10');
    if (m[0] > this.today.slice(0, 7)) return this.fail(column, text, 'a month in the future');
    return m[0];
  }

  date(column: string, optional = false): string | null | undefined {
    const text = this.raw(column);
    if (text === undefined) return undefined;
    if (text === '') return optional ? null : this.fail(column, '', 'required: the cell is empty');
    const m = DATE.exec(text);
    if (!m) return this.fail(column, text, 'expected a date YYYY-MM-DD, e.g. 2026-10-31');
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (month < 1 || month > 12) return this.fail(column, text, 'expected a date YYYY-MM-DD: no such month');
    const days = daysIn(year, month);
    if (day < 1 || day > days)
      return this.fail(column, text, `a date outside its month: ${m[1]}-${m[2]} has ${days} days`);
    if (text > this.today) return this.fail(column, text, 'a date in the future');
    return text;
  }
}
