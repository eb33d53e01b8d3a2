// Reads back the first sheet (or every sheet) of an .xlsx the app wrote (inline strings, numeric cells, a style
// index per cell) into rows of cells, so specs can check values and number formats by header.
import { strFromU8, unzipSync } from 'fflate';

export interface SheetCell {
  /** 'n' numeric, 'inlineStr' text, '' empty. */
  type: string;
  value: string | number | null;
  /** The cellXfs index; 2 is the percent format in the app's styles.xml. */
  style: number;
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function parseCells(xml: string): SheetCell[][] {
  const rows: SheetCell[][] = [];
  const cell = /<c r="([A-Z]+)(\d+)"(?: s="(\d+)")?(?: t="(\w+)")?(?:\/>|>(.*?)<\/c>)/g;
  for (const m of xml.matchAll(cell)) {
    const [, letters = 'A', row = '1', style = '0', type = '', body = ''] = m;
    const text = /<t[^>]*>(.*?)<\/t>/s.exec(body)?.[1];
    const v = /<v>(.*?)<\/v>/.exec(body)?.[1];
    const value = type === 'n' && v !== undefined ? Number(v) : text !== undefined ? unescape(text) : null;
    const r = Number(row) - 1;
    (rows[r] ??= [])[columnIndex(letters)] = { type, value, style: Number(style) };
  }
  return rows;
}

export function readSheet(bytes: Uint8Array): { rows: SheetCell[][]; styles: string } {
  const files = unzipSync(bytes);
  const sheet = files['xl/worksheets/sheet1.xml'];
  const styles = files['xl/styles.xml'];
  if (!sheet || !styles) throw new Error('not an xlsx with a first sheet');
  return { rows: parseCells(strFromU8(sheet)), styles: strFromU8(styles) };
}

/** Every sheet of a workbook the app wrote, in order, by name, with its cells' values. */
export function readSheets(
  bytes: Uint8Array,
): Array<{ name: string; rows: Array<Array<string | number | null>> }> {
  const files = unzipSync(bytes);
  const workbook = files['xl/workbook.xml'];
  if (!workbook) throw new Error('not an xlsx workbook');
  const names = [...strFromU8(workbook).matchAll(/<sheet name="([^"]*)"/g)].map((m) => unescape(m[1] ?? ''));
  return names.map((name, i) => {
    const part = files[`xl/worksheets/sheet${i + 1}.xml`];
    if (!part) throw new Error(`no part for sheet ${name}`);
    // Array.from, not map: an empty row is a hole that map would keep.
    const rows = Array.from(parseCells(strFromU8(part)), (row) =>
      Array.from(row ?? [], (c) => c?.value ?? null),
    );
    return { name, rows };
  });
}

/** The cells of a row by header text (the first column with that header). */
export function byHeader(rows: SheetCell[][], row: SheetCell[]) {
  const header = (rows[0] ?? []).map((c) => c?.value);
  return (label: string): SheetCell | undefined => {
    const i = header.indexOf(label);
    if (i < 0) throw new Error(`no column "${label}" in ${header.join(' | ')}`);
    return row[i];
  };
}
