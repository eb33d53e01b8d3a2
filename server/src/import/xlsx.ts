// XLSX workbooks, read from the zip (fflate) and the sheets' XML (saxes, a conforming parser that
// expands no DTD entities) without any spreadsheet engine: nothing is ever evaluated. A formula
// cell is a problem (its cached result may be stale, and a template holds values only); dates
// typed into Excel are numbers with a date format, turned back into YYYY-MM-DD here.
import { strFromU8, unzipSync } from 'fflate';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { INSTRUCTION_SHEETS, foldHeader, kindOfName, LIMITS } from './formats';
import type { ImportProblemCode, ImportProblemParams } from '../../../src/api/import-problems';
import { fileProblem, type Cell, type Problems, type Sheet, type SheetRow } from './sheet';

/** Thrown by the unzip filter past LIMITS.unzippedBytes (a zip bomb). */
class ZipBomb extends Error {}

type Handlers = {
  open?: (tag: SaxesTagPlain) => void;
  close?: (name: string) => void;
  text?: (text: string) => void;
};

function walkXml(xml: string, handlers: Handlers): void {
  const parser = new SaxesParser();
  let failure: Error | null = null;
  parser.on('error', (error) => {
    failure ??= error;
  });
  if (handlers.open) parser.on('opentag', handlers.open);
  if (handlers.close) {
    const close = handlers.close;
    parser.on('closetag', (tag) => close(tag.name));
  }
  if (handlers.text) parser.on('text', handlers.text);
  parser.write(xml).close();
  if (failure) throw failure;
}

/** Local name of a possibly prefixed tag ("x:row" → "row"). */
const local = (name: string) => name.slice(name.indexOf(':') + 1);
const attr = (tag: SaxesTagPlain, name: string): string | undefined => tag.attributes[name];

/** "BC12" → column index 54 (0-based). */
function columnIndex(ref: string): number {
  let n = 0;
  for (const ch of ref) {
    const c = ch.charCodeAt(0);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n - 1;
}

const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57]);

/** Whether a number format shows a date (its codes outside quotes, escapes and [..] name d, m or y). */
function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
  return /[dmy]/i.test(bare) && !/^general$/i.test(bare);
}

/** Per style index (the s attribute of a cell), whether it is a date. */
function dateStyles(xml: string | null): boolean[] {
  if (xml === null) return [];
  const custom = new Map<number, string>();
  const styles: boolean[] = [];
  let inCellXfs = false;
  walkXml(xml, {
    open: (tag) => {
      const name = local(tag.name);
      if (name === 'numFmt') custom.set(Number(attr(tag, 'numFmtId')), attr(tag, 'formatCode') ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        const id = Number(attr(tag, 'numFmtId') ?? 0);
        const code = custom.get(id);
        styles.push(code === undefined ? BUILTIN_DATE_FORMATS.has(id) : isDateFormat(code));
      }
    },
    close: (name) => {
      if (local(name) === 'cellXfs') inCellXfs = false;
    },
  });
  return styles;
}

function sharedStrings(xml: string | null): string[] {
  if (xml === null) return [];
  const out: string[] = [];
  let current: string | null = null;
  let inText = false;
  let phonetic = 0;
  walkXml(xml, {
    open: (tag) => {
      const name = local(tag.name);
      if (name === 'si') current = '';
      else if (name === 'rPh') phonetic++;
      else if (name === 't' && phonetic === 0) inText = true;
    },
    close: (name) => {
      const n = local(name);
      if (n === 'si') {
        out.push(current ?? '');
        current = null;
      } else if (n === 'rPh') phonetic--;
      else if (n === 't') inText = false;
    },
    text: (text) => {
      if (inText && current !== null) current += text;
    },
  });
  return out;
}

/** Excel's day number → YYYY-MM-DD (1900 system: day 1 is 1900-01-01, with its phantom 1900-02-29). */
function serialDate(serial: number, date1904: boolean): string {
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  return new Date(epoch + Math.floor(serial) * 86_400_000).toISOString().slice(0, 10);
}

function readRows(
  xml: string,
  strings: readonly string[],
  dates: readonly boolean[],
  date1904: boolean,
): SheetRow[] {
  const rows: SheetRow[] = [];
  let cells: (Cell | undefined)[] = [];
  let rowNumber = 0;
  let cell: { col: number; type: string; style: number; value: string; formula: string | null } | null = null;
  let capture: 'v' | 'f' | 't' | null = null;
  walkXml(xml, {
    open: (tag) => {
      const name = local(tag.name);
      if (name === 'row') {
        rowNumber = Number(attr(tag, 'r') ?? rowNumber + 1);
        cells = [];
      } else if (name === 'c') {
        const ref = attr(tag, 'r');
        const type = attr(tag, 't') ?? 'n';
        cell = {
          col: ref ? columnIndex(ref) : cells.length,
          type,
          style: Number(attr(tag, 's') ?? 0),
          value: '',
          formula: null,
        };
      } else if (cell && (name === 'v' || name === 'f' || name === 't')) {
        capture = name;
        if (name === 'f') cell.formula ??= '';
      }
    },
    text: (text) => {
      if (!cell || capture === null) return;
      if (capture === 'f') cell.formula = (cell.formula ?? '') + text;
      else cell.value += text;
    },
    close: (name) => {
      const n = local(name);
      if (n === 'v' || n === 'f' || n === 't') capture = null;
      else if (n === 'c' && cell) {
        cells[cell.col] = toCell(cell, strings, dates, date1904);
        cell = null;
      } else if (n === 'row') rows.push({ row: rowNumber, cells });
    },
  });
  return rows;
}

function toCell(
  c: { type: string; style: number; value: string; formula: string | null },
  strings: readonly string[],
  dates: readonly boolean[],
  date1904: boolean,
): Cell {
  if (c.formula !== null)
    return { text: c.value, problem: { code: 'formula', params: { formula: c.formula || '…' } } };
  if (c.type === 'e') return { text: c.value, problem: { code: 'errorCell', params: { value: c.value } } };
  if (c.type === 's') return { text: strings[Number(c.value)] ?? '' };
  if (c.type === 'b') return { text: c.value === '1' ? 'TRUE' : 'FALSE' };
  if (c.type === 'n' && c.value !== '' && dates[c.style])
    return { text: serialDate(Number(c.value), date1904) };
  return { text: c.value };
}

/** Sheet name → part path, from the workbook and its relationships. */
function sheetParts(files: Record<string, Uint8Array>): {
  sheets: { name: string; path: string }[];
  date1904: boolean;
} {
  const text = (path: string) => (files[path] ? strFromU8(files[path]) : null);
  const targets = new Map<string, string>();
  walkXml(text('xl/_rels/workbook.xml.rels') ?? '<Relationships/>', {
    open: (tag) => {
      if (local(tag.name) !== 'Relationship') return;
      const target = attr(tag, 'Target') ?? '';
      targets.set(attr(tag, 'Id') ?? '', target.startsWith('/') ? target.slice(1) : `xl/${target}`);
    },
  });
  const sheets: { name: string; path: string }[] = [];
  let date1904 = false;
  walkXml(text('xl/workbook.xml') ?? '<workbook/>', {
    open: (tag) => {
      const name = local(tag.name);
      if (name === 'workbookPr') date1904 = ['1', 'true'].includes(attr(tag, 'date1904') ?? '');
      if (name === 'sheet')
        sheets.push({ name: attr(tag, 'name') ?? '', path: targets.get(attr(tag, 'r:id') ?? '') ?? '' });
    },
  });
  return { sheets, date1904 };
}

export function readXlsx(file: string, bytes: Uint8Array, problems: Problems): Sheet[] {
  const say = <C extends ImportProblemCode>(sheet: string | null, code: C, params: ImportProblemParams<C>) =>
    problems.add(fileProblem(file, sheet, code, params));
  let files: Record<string, Uint8Array>;
  try {
    let unzipped = 0;
    files = unzipSync(bytes, {
      filter: (f) => {
        unzipped += f.originalSize;
        if (unzipped > LIMITS.unzippedBytes) throw new ZipBomb();
        return (f.name.startsWith('xl/') && f.name.endsWith('.xml')) || f.name.endsWith('.rels');
      },
    });
  } catch (error) {
    if (error instanceof ZipBomb) say(null, 'unzipsTooBig', { maxMiB: LIMITS.unzippedBytes / 1024 / 1024 });
    else say(null, 'unreadableXlsx', { detail: error instanceof Error ? error.message : String(error) });
    return [];
  }
  const out: Sheet[] = [];
  try {
    const { sheets, date1904 } = sheetParts(files);
    if (sheets.length === 0) say(null, 'noSheets', {});
    const part = (path: string) => (files[path] ? strFromU8(files[path]) : null);
    const strings = sharedStrings(part('xl/sharedStrings.xml'));
    const dates = dateStyles(part('xl/styles.xml'));
    for (const { name, path } of sheets) {
      const kind = kindOfName(name);
      if (kind === null) {
        if (!INSTRUCTION_SHEETS.includes(foldHeader(name))) say(name, 'unknownSheet', { sheet: name });
        continue;
      }
      const xml = part(path);
      if (xml === null) {
        say(name, 'missingSheetPart', { path });
        continue;
      }
      const rows = readRows(xml, strings, dates, date1904);
      const head = rows.shift();
      if (!head || head.row !== 1) {
        say(name, 'noHeaderRow', {});
        continue;
      }
      if (rows.length > LIMITS.rowsPerSheet) {
        say(name, 'tooManyRowsSheet', { rows: rows.length, max: LIMITS.rowsPerSheet });
        continue;
      }
      const header = Array.from(head.cells, (c) => c?.text.trim() ?? '');
      while (header.length > 0 && header[header.length - 1] === '') header.pop();
      const data = rows.filter((r) =>
        r.cells.some((c) => c !== undefined && (c.text.trim() !== '' || c.problem)),
      );
      out.push({ file, sheet: name, kind, header, rows: data });
    }
  } catch (error) {
    say(null, 'unreadableXlsx', { detail: error instanceof Error ? error.message : String(error) });
  }
  return out;
}
