// Reading the files the registers' "export all rows" buttons download (CSV with a BOM, XLSX
// workbooks) so the e2e tests can compare them with the rows the generator implies
// (e2e/support/expected-lists.ts computes those).
import { strFromU8, unzipSync } from 'fflate';
import { reportingMessages } from '../../src/i18n/messages/views/reporting';

/**
 * The rows of a CSV file's bytes (RFC 4180 quoting), after checking its UTF-8 byte-order mark. The
 * demo's files end with a one-cell line saying they are demo data: that is `note`, not a row.
 */
export function parseCsv(bytes: Uint8Array): { bom: boolean; rows: string[][]; note: string | null } {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const text = new TextDecoder('utf-8').decode(bytes.subarray(bom ? 3 : 0));
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  const last = rows.at(-1);
  const note = last?.length === 1 && last[0] === reportingMessages.vi['demoNote.export'] ? last[0] : null;
  if (note !== null) rows.pop();
  return { bom, rows, note };
}

/** The first worksheet's XML and its sheet name from an XLSX file's bytes. */
export function readXlsx(bytes: Uint8Array): {
  sheet: string;
  sheetName: string | undefined;
  rowCount: number;
} {
  const files = unzipSync(bytes);
  const sheetFile = files['xl/worksheets/sheet1.xml'];
  const workbookFile = files['xl/workbook.xml'];
  if (!sheetFile || !workbookFile) throw new Error('not an XLSX workbook');
  const sheet = strFromU8(sheetFile);
  const sheetName = /<sheet name="([^"]*)"/.exec(strFromU8(workbookFile))?.[1];
  return { sheet, sheetName, rowCount: sheet.match(/<row r="/g)?.length ?? 0 };
}

/** The XML of a numeric cell, as src/lib/xlsx.ts writes a number in a data row. */
export function numberCell(ref: string, value: number): string {
  return `<c r="${ref}" t="n"><v>${value}</v></c>`;
}

/** The XML of a text cell of a data row. */
export function textCell(ref: string, value: string): string {
  return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${value}</t></is></c>`;
}
