// The report's @page rule, built as text for a constructed stylesheet (src/lib/document-style.ts):
// paper size and orientation, the margins, and the running header and page numbers drawn in the
// page-margin boxes. Area names come from the API and may hold anything, so every text is written
// as an escaped CSS string.

export type Orientation = 'portrait' | 'landscape';

/** Page margins in millimetres; the margin boxes (running header, page numbers) sit inside them. */
export const PAGE_MARGIN_MM = { top: 16, right: 14, bottom: 16, left: 14 } as const;

/** Width of the printable area of an A4 page in millimetres. */
export function contentWidthMm(orientation: Orientation): number {
  const paper = orientation === 'portrait' ? 210 : 297;
  return paper - PAGE_MARGIN_MM.left - PAGE_MARGIN_MM.right;
}

/** CSS pixels per millimetre (CSS fixes 96 px to the inch). */
const PX_PER_MM = 96 / 25.4;

/** The chart's width in CSS pixels: the printable width, so it prints at its own size. */
export function printWidthPx(orientation: Orientation): number {
  return Math.floor(contentWidthMm(orientation) * PX_PER_MM);
}

/**
 * A CSS string literal of any text. Quotes, backslashes and control characters become hex
 * escapes (with the terminating space), so no text can end the string or the rule.
 */
export function cssString(text: string): string {
  let out = '"';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '"' || ch === '\\' || code < 0x20 || code === 0x7f || ch === '<' || ch === '>')
      out += `\\${code.toString(16)} `;
    else out += ch;
  }
  return `${out}"`;
}

/**
 * A `content` value from a translated template such as "Page {page} of {pages}": the text parts
 * as strings, the placeholders as the page counters.
 */
export function pageCounterContent(template: string): string {
  const parts: string[] = [];
  const re = /\{(page|pages)\}/g;
  let last = 0;
  for (let m = re.exec(template); m !== null; m = re.exec(template)) {
    if (m.index > last) parts.push(cssString(template.slice(last, m.index)));
    parts.push(`counter(${m[1] ?? 'page'})`);
    last = m.index + m[0].length;
  }
  if (last < template.length) parts.push(cssString(template.slice(last)));
  return parts.length > 0 ? parts.join(' ') : '""';
}

export type PageRuleInput = {
  orientation: Orientation;
  /** Top left of every page: what the report is about (area and period). */
  runningHeader: string;
  /** Top right of every page: the data's as-of month. */
  runningNote: string;
  /** "Page {page} of {pages}", translated. */
  pageTemplate: string;
};

const marginBox = 'font-family: "Be Vietnam Pro", system-ui, sans-serif; font-size: 8.5pt; color: #374151;';

export function pageRule({ orientation, runningHeader, runningNote, pageTemplate }: PageRuleInput): string {
  const m = PAGE_MARGIN_MM;
  return [
    '@page {',
    `  size: A4 ${orientation};`,
    `  margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm;`,
    `  @top-left { content: ${cssString(runningHeader)}; ${marginBox} }`,
    `  @top-right { content: ${cssString(runningNote)}; ${marginBox} }`,
    `  @bottom-right { content: ${pageCounterContent(pageTemplate)}; ${marginBox} }`,
    '}',
  ].join('\n');
}
