import { describe, expect, it } from 'vitest';
import { contentWidthMm, cssString, pageCounterContent, pageRule, printWidthPx } from './page-style';

describe('cssString', () => {
  it('quotes plain text as is, Vietnamese included', () => {
    expect(cssString('Phường Bến Thành · 2025')).toBe('"Phường Bến Thành · 2025"');
  });

  it('escapes what could end the string or the rule', () => {
    expect(cssString('a"b')).toBe('"a\\22 b"');
    expect(cssString('a\\b')).toBe('"a\\5c b"');
    expect(cssString('a\nb')).toBe('"a\\a b"');
    expect(cssString('</style>')).toBe('"\\3c /style\\3e "');
  });

  it('keeps a hostile name inside one string', () => {
    const value = cssString('x"; } body { display: none } @page { content: "');
    // The only unescaped quotes are the opening and closing ones.
    expect(value.match(/(?<!\\)"/g)).toHaveLength(2);
    expect(value.startsWith('"') && value.endsWith('"')).toBe(true);
  });
});

describe('pageCounterContent', () => {
  it('turns the placeholders into page counters', () => {
    expect(pageCounterContent('Page {page} of {pages}')).toBe('"Page " counter(page) " of " counter(pages)');
    expect(pageCounterContent('Trang {page}/{pages}')).toBe('"Trang " counter(page) "/" counter(pages)');
  });

  it('copes with a template without text around or without placeholders', () => {
    expect(pageCounterContent('{page}')).toBe('counter(page)');
    expect(pageCounterContent('')).toBe('""');
    expect(pageCounterContent('Page')).toBe('"Page"');
  });
});

describe('pageRule', () => {
  const input = {
    runningHeader: 'Quận 1 · 2025',
    runningNote: 'Data up to the end of October 2026',
    pageTemplate: 'Page {page} of {pages}',
  };

  it('sets A4 in the orientation asked for, with its margins', () => {
    expect(pageRule({ ...input, orientation: 'portrait' })).toContain('size: A4 portrait;');
    const landscape = pageRule({ ...input, orientation: 'landscape' });
    expect(landscape).toContain('size: A4 landscape;');
    expect(landscape).toContain('margin: 16mm 14mm 16mm 14mm;');
  });

  it('draws the running header and the page numbers in the margin boxes', () => {
    const css = pageRule({ ...input, orientation: 'portrait' });
    expect(css).toContain('@top-left { content: "Quận 1 · 2025";');
    expect(css).toContain('@top-right { content: "Data up to the end of October 2026";');
    expect(css).toContain('@bottom-right { content: "Page " counter(page) " of " counter(pages);');
  });
});

describe('print widths', () => {
  it('is the paper width less the side margins', () => {
    expect(contentWidthMm('portrait')).toBe(182);
    expect(contentWidthMm('landscape')).toBe(269);
    expect(printWidthPx('portrait')).toBe(687);
    expect(printWidthPx('landscape')).toBe(1016);
  });
});
