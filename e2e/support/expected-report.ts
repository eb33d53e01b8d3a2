// Helpers of the printed-report test: months formatted as a reader sees them, and the text of a
// PDF page by page (unpdf bundles pdf.js and runs in Node without a browser or the network).
import { extractText, getDocumentProxy } from 'unpdf';

function monthToDate(month: string): Date {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1, 1));
}

function monthFormat(tag: string) {
  return new Intl.DateTimeFormat(tag, { month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** "tháng 10 năm 2026": one month, long, as the app writes it. */
export function monthFor(tag: string, month: string): string {
  return monthFormat(tag).format(monthToDate(month));
}

/** "tháng 1 – tháng 12 năm 2025": a range of months, as the app writes a period. */
export function monthRangeFor(tag: string, from: string, to: string): string {
  const f = monthFormat(tag);
  return from === to ? f.format(monthToDate(from)) : f.formatRange(monthToDate(from), monthToDate(to));
}

/**
 * Text without any whitespace: a PDF breaks lines where the page does and pdf.js may drop or add
 * the thin spaces Intl puts around a range's dash, so texts are compared without them.
 */
export function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

export type PdfPage = { text: string; width: number; height: number };

/** Every page of a PDF: its text and its size in points. */
export async function readPdf(buffer: Uint8Array): Promise<PdfPage[]> {
  const pdf = await getDocumentProxy(new Uint8Array(buffer));
  const { text } = await extractText(pdf, { mergePages: false });
  const pages: PdfPage[] = [];
  for (let i = 0; i < pdf.numPages; i++) {
    const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = (await pdf.getPage(i + 1)).view;
    pages.push({ text: text[i] ?? '', width: x1 - x0, height: y1 - y0 });
  }
  await pdf.destroy();
  return pages;
}
