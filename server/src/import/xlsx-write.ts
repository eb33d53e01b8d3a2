// A minimal XLSX writer (fflate's zip and hand-written SpreadsheetML): sheets of text and number
// cells as inline strings, numbers and dates. Enough for the import templates and
// for tests that write workbooks; it never writes a formula unless asked to (tests of refusal).
import { strToU8, zipSync } from 'fflate';

export type XlsxValue =
  | string
  | number
  | null
  | { formula: string; cached?: string }
  /** A date as Excel stores a typed date: its day number, shown with a date format. */
  | { date: string };

export interface XlsxSheet {
  name: string;
  rows: readonly (readonly XlsxValue[])[];
}

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function ref(col: number, row: number): string {
  let name = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return `${name}${row}`;
}

function cell(value: XlsxValue, col: number, row: number): string {
  const r = ref(col, row);
  if (value === null || value === '') return '';
  if (typeof value === 'number') return `<c r="${r}"><v>${value}</v></c>`;
  if (typeof value === 'string')
    return `<c r="${r}" t="inlineStr"><is><t xml:space="preserve">${escape(value)}</t></is></c>`;
  if ('date' in value) {
    const days = (Date.parse(`${value.date}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;
    return `<c r="${r}" s="1"><v>${days}</v></c>`;
  }
  return `<c r="${r}"><f>${escape(value.formula)}</f><v>${escape(value.cached ?? '0')}</v></c>`;
}

function sheetXml(sheet: XlsxSheet): string {
  const rows = sheet.rows
    .map((cells, i) => `<row r="${i + 1}">${cells.map((v, c) => cell(v, c, i + 1)).join('')}</row>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;
}

export function writeXlsx(sheets: readonly XlsxSheet[]): Uint8Array {
  const ns = 'http://schemas.openxmlformats.org/';
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="${ns}package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets
        .map(
          (_, i) =>
            `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
        )
        .join('')}</Types>`,
    ),
    '_rels/.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${ns}package/2006/relationships"><Relationship Id="rId1" Type="${ns}officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${ns}spreadsheetml/2006/main" xmlns:r="${ns}officeDocument/2006/relationships"><sheets>${sheets
        .map((s, i) => `<sheet name="${escape(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
        .join('')}</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${ns}package/2006/relationships">${sheets
        .map(
          (_, i) =>
            `<Relationship Id="rId${i + 1}" Type="${ns}officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
        )
        .join('')}</Relationships>`,
    ),
  };
  // Style 1 is the built-in date format 14 (what Excel gives a typed date).
  files['xl/styles.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${ns}spreadsheetml/2006/main"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>`,
  );
  sheets.forEach((s, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheetXml(s))));
  return zipSync(files);
}
