// A minimal Office Open XML (SpreadsheetML) writer: `buildXlsx(sheets)` → the bytes of an .xlsx
// workbook that Excel and LibreOffice open. Each sheet has a bold header row (frozen), numbers as
// numeric cells, fractions as numbers shown with the percent format, text as inline strings
// (XML-escaped: names come from the API and may hold anything) and null as an empty cell.
import { strToU8, Zip, ZipDeflate, zipSync, type Zippable } from 'fflate';

export type XlsxCell = string | number | null;
export type XlsxFormat = 'number' | 'percent' | 'text';

export interface XlsxColumn {
  header: string;
  /** 'percent': the value is a fraction (0.8) shown as "80.00%"; 'text': numbers are written as text. */
  format?: XlsxFormat;
  /** Width in characters; computed from the content when left out. */
  width?: number;
}

export interface XlsxSheet {
  name: string;
  columns: readonly XlsxColumn[];
  rows: readonly (readonly XlsxCell[])[];
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
/** Excel refuses longer cell text. */
const MAX_CELL_CHARS = 32767;

/** Style indexes into cellXfs of styles.xml. */
const STYLE = { default: 0, header: 1, percent: 2 } as const;

/** Characters XML 1.0 does not allow at all (control characters, lone surrogates, U+FFFE/F). */
const INVALID_XML =
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const NEEDS_ESCAPE = /[&<>"'\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/;

export function escapeXml(text: string): string {
  // Most cells are plain: skip the six passes below for them.
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text
    .replace(INVALID_XML, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

/**
 * A name Excel accepts: at most 31 characters, none of []:*?/\, no apostrophe at either end,
 * not "History", and unique (case-insensitively) among `taken`.
 */
export function sheetName(raw: string, taken: ReadonlySet<string> = new Set()): string {
  let name = raw
    .replace(/[[\]:*?/\\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^'+|'+$/g, '');
  if (name === '') name = 'Sheet';
  // Excel reserves "History" for its change tracking.
  if (name.toLowerCase() === 'history') name = `${name} 1`;
  let candidate = fitUtf16(name, 31).trimEnd();
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    candidate = fitUtf16(name, 31 - suffix.length).trimEnd() + suffix;
  }
  return candidate;
}

/** At most `max` UTF-16 units (Excel's unit), never splitting a surrogate pair. */
function fitUtf16(text: string, max: number): string {
  let out = '';
  for (const ch of text) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out;
}

function cellXml(ref: string, value: XlsxCell, format: XlsxFormat | undefined, header: boolean): string {
  const style = header ? STYLE.header : format === 'percent' ? STYLE.percent : STYLE.default;
  const s = style === STYLE.default ? '' : ` s="${style}"`;
  if (value === null || (typeof value === 'number' && !Number.isFinite(value))) {
    return style === STYLE.default ? '' : `<c r="${ref}"${s}/>`;
  }
  if (typeof value === 'number' && (header || format !== 'text')) {
    return `<c r="${ref}"${s} t="n"><v>${String(value)}</v></c>`;
  }
  const text = String(value).slice(0, MAX_CELL_CHARS);
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(text)}</t></is></c>`;
}

function displayLength(value: XlsxCell, format: XlsxFormat | undefined): number {
  if (value === null) return 0;
  if (typeof value === 'number') return format === 'percent' ? 8 : String(value).length;
  return Math.max(...value.split('\n').map((line) => Array.from(line).length));
}

function columnWidths(sheet: XlsxSheet): number[] {
  return sheet.columns.map((col, i) => {
    if (col.width !== undefined) return col.width;
    let max = Array.from(col.header).length;
    // A sample is enough for a width and keeps large exports fast.
    for (const row of sheet.rows.slice(0, 1000))
      max = Math.max(max, displayLength(row[i] ?? null, col.format));
    return Math.min(60, Math.max(8, max + 2));
  });
}

/** Everything of a worksheet before its data rows (header row included). */
function worksheetHead(sheet: XlsxSheet, letters: readonly string[]): string {
  const lastCol = letters.at(-1) ?? 'A';
  const lastRow = sheet.rows.length + 1;
  const cols = columnWidths(sheet)
    .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`)
    .join('');
  const header = sheet.columns.map((c, i) => cellXml(`${letters[i]}1`, c.header, 'text', true)).join('');
  return (
    XML_DECL +
    `<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    `<dimension ref="A1:${lastCol}${lastRow}"/>` +
    // The header row stays in view while scrolling.
    '<sheetViews><sheetView workbookViewId="0">' +
    '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
    '</sheetView></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (cols ? `<cols>${cols}</cols>` : '') +
    `<sheetData><row r="1">${header}</row>`
  );
}

const WORKSHEET_TAIL = '</sheetData></worksheet>';

/** Data rows [start, end) of a sheet (row 1 is the header, so data starts on row 2). */
function rowsXml(sheet: XlsxSheet, letters: readonly string[], start: number, end: number): string {
  let out = '';
  for (let r = start; r < end; r++) {
    const row = sheet.rows[r] ?? [];
    const n = r + 2;
    let cells = '';
    sheet.columns.forEach((c, i) => {
      cells += cellXml(`${letters[i]}${n}`, row[i] ?? null, c.format, false);
    });
    out += `<row r="${n}">${cells}</row>`;
  }
  return out;
}

function columnLetters(sheet: XlsxSheet): string[] {
  return sheet.columns.map((_, i) => columnName(i));
}

const STYLES_XML =
  XML_DECL +
  `<styleSheet xmlns="${MAIN_NS}">` +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>' +
  '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  // The first two fills are reserved by the format; Excel rejects a file without them.
  '<fills count="2"><fill><patternFill patternType="none"/></fill>' +
  '<fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="3">' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  // numFmtId 10 is the built-in "0.00%".
  '<xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '</cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

function contentTypesXml(sheetCount: number): string {
  const sheets = Array.from(
    { length: sheetCount },
    (_, i) =>
      `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
  ).join('');
  return (
    XML_DECL +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    sheets +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    '</Types>'
  );
}

const ROOT_RELS =
  XML_DECL +
  `<Relationships xmlns="${PKG_REL_NS}">` +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
  '</Relationships>';

function workbookXml(names: readonly string[]): string {
  const sheets = names
    .map((name, i) => `<sheet name="${escapeXml(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join('');
  return (
    XML_DECL +
    `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    '<bookViews><workbookView activeTab="0"/></bookViews>' +
    `<sheets>${sheets}</sheets></workbook>`
  );
}

function workbookRelsXml(sheetCount: number): string {
  const sheets = Array.from(
    { length: sheetCount },
    (_, i) =>
      `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  ).join('');
  const styles = `<Relationship Id="rId${sheetCount + 1}" Type="${REL_NS}/styles" Target="styles.xml"/>`;
  return XML_DECL + `<Relationships xmlns="${PKG_REL_NS}">${sheets}${styles}</Relationships>`;
}

interface Workbook {
  sheets: readonly XlsxSheet[];
  /** The fixed parts: content types, relationships, workbook, styles. */
  parts: Array<[string, string]>;
}

function workbook(sheets: readonly XlsxSheet[]): Workbook {
  const list = sheets.length > 0 ? sheets : [{ name: 'Sheet', columns: [], rows: [] }];
  const taken = new Set<string>();
  const names = list.map((s) => {
    const name = sheetName(s.name, taken);
    taken.add(name.toLowerCase());
    return name;
  });
  return {
    sheets: list,
    parts: [
      ['[Content_Types].xml', contentTypesXml(list.length)],
      ['_rels/.rels', ROOT_RELS],
      ['xl/workbook.xml', workbookXml(names)],
      ['xl/_rels/workbook.xml.rels', workbookRelsXml(list.length)],
      ['xl/styles.xml', STYLES_XML],
    ],
  };
}

const sheetPath = (i: number) => `xl/worksheets/sheet${i + 1}.xml`;

/** The .xlsx file's bytes, built at once; at least one sheet is written (an empty one if none). */
export function buildXlsx(sheets: readonly XlsxSheet[]): Uint8Array<ArrayBuffer> {
  const book = workbook(sheets);
  const files: Zippable = {};
  for (const [path, xml] of book.parts) files[path] = strToU8(xml);
  book.sheets.forEach((sheet, i) => {
    const letters = columnLetters(sheet);
    const xml =
      worksheetHead(sheet, letters) + rowsXml(sheet, letters, 0, sheet.rows.length) + WORKSHEET_TAIL;
    files[sheetPath(i)] = strToU8(xml);
  });
  return zipSync(files, { level: 6 });
}

/**
 * The same file as a Blob, built and compressed `chunkRows` rows at a time with `pause()` between
 * chunks, so that thousands of rows never block the page (and `pause` may throw to cancel).
 */
export async function buildXlsxBlob(
  sheets: readonly XlsxSheet[],
  { chunkRows = 500, pause }: { chunkRows?: number; pause: () => Promise<void> },
): Promise<Blob> {
  const book = workbook(sheets);
  const out: Uint8Array<ArrayBuffer>[] = [];
  let failure: unknown = null;
  const zip = new Zip((error, data) => {
    if (error) failure = error;
    else out.push(data);
  });
  const file = (path: string) => {
    const f = new ZipDeflate(path, { level: 6 });
    zip.add(f);
    return f;
  };
  for (const [path, xml] of book.parts) file(path).push(strToU8(xml), true);
  for (const [i, sheet] of book.sheets.entries()) {
    const letters = columnLetters(sheet);
    const f = file(sheetPath(i));
    f.push(strToU8(worksheetHead(sheet, letters)));
    for (let start = 0; start < sheet.rows.length; start += chunkRows) {
      await pause();
      f.push(strToU8(rowsXml(sheet, letters, start, Math.min(sheet.rows.length, start + chunkRows))));
    }
    f.push(strToU8(WORKSHEET_TAIL), true);
  }
  zip.end();
  if (failure) throw failure;
  return new Blob(out, { type: XLSX_MIME });
}
