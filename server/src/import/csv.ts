// CSV files as Excel writes them: UTF-8 with or without a byte-order mark, comma-separated (English
// settings) or semicolon-separated (Vietnamese and most European settings, where the comma is the
// decimal separator). Parsed with csv-parse (quotes, doubled quotes, line breaks inside quotes).
// Anything else (UTF-16, a legacy code page, a ragged row) is a problem naming it, never a guess.
import { parse } from 'csv-parse/sync';
import { kindOfHeaders, kindOfName, LIMITS } from './formats';
import { fileProblem, problemAt, type Problems, type Sheet, type SheetRow } from './sheet';

const decoder = new TextDecoder('utf-8', { fatal: true });

/** The file's text, or null (with the problem recorded) when it is not UTF-8. */
function decode(file: string, bytes: Uint8Array, problems: Problems): string | null {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    problems.add(fileProblem(file, null, 'utf16', {}));
    return null;
  }
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return decoder.decode(body);
  } catch {
    problems.add(fileProblem(file, null, 'notUtf8', {}));
    return null;
  }
}

/** `;` when the header line (outside quotes) has more semicolons than commas, else `,`. */
export function detectDelimiter(text: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ',') commas++;
    else if (!quoted && ch === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

interface Parsed {
  record: string[];
  info: { lines: number };
}

export function readCsv(file: string, bytes: Uint8Array, problems: Problems): Sheet | null {
  const text = decode(file, bytes, problems);
  if (text === null) return null;
  let records: Parsed[];
  try {
    records = parse(text, {
      delimiter: detectDelimiter(text),
      relax_column_count: true,
      info: true,
      max_record_size: LIMITS.cellChars * 64,
    }) as unknown as Parsed[];
  } catch (error) {
    const line = (error as { lines?: unknown }).lines;
    problems.add(
      problemAt(
        { file, sheet: null, row: typeof line === 'number' ? line : null, column: null, value: null },
        'unreadableCsv',
        { detail: error instanceof Error ? error.message : String(error) },
      ),
    );
    return null;
  }
  const [head, ...body] = records;
  if (!head) {
    problems.add(fileProblem(file, null, 'emptyFile', {}));
    return null;
  }
  const header = head.record.map((h) => h.trim());
  if (body.length > LIMITS.rowsPerSheet) {
    problems.add(fileProblem(file, null, 'tooManyRowsFile', { rows: body.length, max: LIMITS.rowsPerSheet }));
    return null;
  }
  const rows: SheetRow[] = [];
  // csv-parse counts lines; a row's number is its record's position, as a spreadsheet shows it.
  body.forEach((r, i) => {
    if (r.record.every((v) => v.trim() === '')) return;
    rows.push({ row: i + 2, cells: r.record.map((text) => ({ text })) });
  });
  return { file, sheet: null, kind: kindOfName(file) ?? kindOfHeaders(header), header, rows };
}
