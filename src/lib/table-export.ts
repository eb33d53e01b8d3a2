// One column definition for every export of a table: `ExportColumn<Row>` says the header, how to
// read a row's value and how to show it. `tableFile(format, columns, rows, sheet)` turns the same
// definition and rows into a CSV file (src/lib/csv.ts quoting, UTF-8 BOM) or an XLSX workbook
// (src/lib/xlsx.ts), a few hundred rows at a time with pauses between them, so that exporting
// thousands of rows never blocks the page. `tableCsv` / `tableXlsx` build small tables at once.
// Values are raw: numbers stay numbers and percentages stay fractions (0.8), so spreadsheets can
// compute with them; only the XLSX shows fractions with a percent format.
import { BOM, csvField, toCsv } from './csv';
import { yieldToEventLoop } from './fetch-all-pages';
import { buildXlsx, buildXlsxBlob, type XlsxCell, type XlsxSheet } from './xlsx';

export type ExportValue = string | number | null;
export type ExportFormat = 'number' | 'percent' | 'text';

export interface ExportColumn<Row> {
  header: string;
  value: (row: Row) => ExportValue;
  format?: ExportFormat;
}

export type TableFileFormat = 'csv' | 'xlsx';

export interface TableFileOptions {
  /** Aborting it stops the build between chunks (the promise rejects with its reason). */
  signal?: AbortSignal;
  chunkRows?: number;
  /**
   * A sentence the file must carry beside the data (the demo label): the CSV's last line, and a
   * second sheet of the workbook, so the table itself stays as it is shown.
   */
  note?: string;
}

/** The sheet that carries a file's note in a workbook. */
export const NOTE_SHEET = 'Note';

function cells<Row>(columns: readonly ExportColumn<Row>[], row: Row): ExportValue[] {
  return columns.map((c) => {
    const v = c.value(row);
    return typeof v === 'number' && !Number.isFinite(v) ? null : v;
  });
}

function sheetOf<Row>(columns: readonly ExportColumn<Row>[], rows: readonly Row[], name: string): XlsxSheet {
  const data: XlsxCell[][] = rows.map((row) => cells(columns, row));
  return { name, columns: columns.map((c) => ({ header: c.header, format: c.format })), rows: data };
}

/** The CSV text: BOM, header row, then one line per row. */
export function tableCsv<Row>(columns: readonly ExportColumn<Row>[], rows: readonly Row[]): string {
  return toCsv([columns.map((c) => c.header), ...rows.map((row) => cells(columns, row))]);
}

/** The XLSX workbook's bytes: one sheet named after the table. */
export function tableXlsx<Row>(
  columns: readonly ExportColumn<Row>[],
  rows: readonly Row[],
  sheet: string,
): Uint8Array<ArrayBuffer> {
  return buildXlsx([sheetOf(columns, rows, sheet)]);
}

/** The file of a table, ready for saveBlob. */
export async function tableFile<Row>(
  format: TableFileFormat,
  columns: readonly ExportColumn<Row>[],
  rows: readonly Row[],
  sheet: string,
  { signal, chunkRows = 500, note }: TableFileOptions = {},
): Promise<Blob> {
  const pause = async () => {
    await yieldToEventLoop();
    signal?.throwIfAborted();
  };
  if (format === 'xlsx') {
    // Reading the values is cheap next to writing XML and compressing it, which is chunked.
    const noteSheet: XlsxSheet[] = note ? [{ name: NOTE_SHEET, columns: [{ header: note }], rows: [] }] : [];
    return buildXlsxBlob([sheetOf(columns, rows, sheet), ...noteSheet], { chunkRows, pause });
  }
  const parts: string[] = [BOM + columns.map((c) => csvField(c.header)).join(',') + '\r\n'];
  for (let start = 0; start < rows.length; start += chunkRows) {
    if (start > 0) await pause();
    let chunk = '';
    for (const row of rows.slice(start, start + chunkRows)) {
      chunk += cells(columns, row).map(csvField).join(',') + '\r\n';
    }
    parts.push(chunk);
  }
  if (note) parts.push(csvField(note) + '\r\n');
  signal?.throwIfAborted();
  return new Blob(parts, { type: 'text/csv;charset=utf-8' });
}
