// CSV for spreadsheets: RFC 4180 quoting, CRLF line ends, and a UTF-8 byte-order mark so that
// Excel opens Vietnamese names correctly instead of guessing a legacy code page. Numbers are
// written plain ("1234.5"), never in a locale format, so a spreadsheet reads them as numbers;
// text that a spreadsheet would run as a formula is neutralised.

export type CsvValue = string | number | null | undefined;

/** U+FEFF: the byte-order mark Excel needs to read the file as UTF-8. */
export const BOM = '\uFEFF';

function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return '';
  const s = String(n);
  if (!/e/i.test(s)) return s;
  // Exponent notation ("1e-7") is not read as a number everywhere; write the digits out.
  return n.toFixed(20).replace(/\.?0+$/, '');
}

/**
 * Excel and LibreOffice read a cell starting with one of these as a formula (or, for a tab or a
 * carriage return, strip it and look at what follows): a name like `=HYPERLINK(…)` from the API
 * would become a live link or a command. Such text cells get a leading apostrophe, which both show
 * as text. Numbers are written as numbers and never prefixed (a negative number stays a number).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Text as a spreadsheet must show it: as text, never as a formula. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const s = typeof value === 'number' ? formatNumber(value) : neutraliseFormula(value);
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The whole file: BOM, then one CRLF-terminated line per row. */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return BOM + rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}

/** A file name that survives every file system: letters without diacritics, digits, "-" and "_". */
export function csvFileName(parts: readonly string[]): string {
  const safe = parts
    .map((p) =>
      p
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .replace(/đ/g, 'd')
        .replace(/Đ/g, 'D')
        .replace(/[^A-Za-z0-9.]+/g, '-')
        .replace(/^-+|-+$/g, ''),
    )
    .filter((p) => p.length > 0);
  return `${safe.join('_') || 'export'}.csv`;
}

/** Saves the text as a file through a temporary link (no server round trip). */
export function downloadCsv(fileName: string, content: string): void {
  const blob = new Blob([content], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the click has been handled; revoking at once can cancel the download in Safari.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
