// @vitest-environment jsdom
// LibreOffice is not installed here, so the workbook is checked by unzipping it and parsing every
// part as XML (well-formed, the parts and relationships Excel needs, typed cells).
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildXlsx, columnName, escapeXml, sheetName, type XlsxSheet } from './xlsx';

/** The value, or a failed test naming what was missing. */
function must<T>(value: T | null | undefined, what = 'value'): T {
  if (value === null || value === undefined) throw new Error(`missing ${what}`);
  return value;
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

function parts(bytes: Uint8Array): Record<string, Document> {
  const files = unzipSync(bytes);
  const out: Record<string, Document> = {};
  for (const [name, data] of Object.entries(files)) {
    const doc = new DOMParser().parseFromString(strFromU8(data), 'application/xml');
    expect(doc.getElementsByTagName('parsererror'), `${name} is well-formed XML`).toHaveLength(0);
    out[name] = doc;
  }
  return out;
}

function cells(doc: Document) {
  return Array.from(doc.getElementsByTagNameNS(MAIN, 'c')).map((c) => ({
    ref: c.getAttribute('r'),
    type: c.getAttribute('t'),
    style: c.getAttribute('s'),
    value: c.getElementsByTagNameNS(MAIN, 'v')[0]?.textContent ?? null,
    text: c.getElementsByTagNameNS(MAIN, 't')[0]?.textContent ?? null,
  }));
}

const sheet: XlsxSheet = {
  name: 'Phường <1> & "Bến" Nghé',
  columns: [
    { header: 'Tên tổ', format: 'text' },
    { header: 'Số vụ', format: 'number' },
    { header: 'Tỷ lệ', format: 'percent' },
    { header: 'Mã', format: 'text' },
  ],
  rows: [
    ['Tổ <A> & "B" \'C\' 😀', 1234, 0.8123, 42],
    [null, 0, null, 'x'],
    ['Đồng', -3.5, 1, null],
  ],
};

describe('buildXlsx', () => {
  const files = parts(buildXlsx([sheet]));

  it('holds every part Excel and LibreOffice need, with consistent relationships', () => {
    expect(Object.keys(files).sort()).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/workbook.xml',
      'xl/worksheets/sheet1.xml',
    ]);
    const types = must(files['[Content_Types].xml'], '[Content_Types].xml');
    const overrides = Array.from(types.getElementsByTagName('Override')).map((o) =>
      o.getAttribute('PartName'),
    );
    expect(overrides).toEqual(['/xl/workbook.xml', '/xl/worksheets/sheet1.xml', '/xl/styles.xml']);
    const rootRel = must(files['_rels/.rels'], '_rels/.rels').getElementsByTagName('Relationship')[0];
    expect(rootRel?.getAttribute('Target')).toBe('xl/workbook.xml');
    const wbSheet = must(files['xl/workbook.xml'], 'xl/workbook.xml').getElementsByTagNameNS(
      MAIN,
      'sheet',
    )[0];
    const rid = wbSheet?.getAttribute('r:id');
    const rel = Array.from(
      must(files['xl/_rels/workbook.xml.rels'], 'xl/_rels/workbook.xml.rels').getElementsByTagName(
        'Relationship',
      ),
    ).find((r) => r.getAttribute('Id') === rid);
    expect(rel?.getAttribute('Target')).toBe('worksheets/sheet1.xml');
  });

  it('names the sheet without the characters Excel refuses, escaped in the XML', () => {
    const wbSheet = must(files['xl/workbook.xml'], 'xl/workbook.xml').getElementsByTagNameNS(
      MAIN,
      'sheet',
    )[0];
    expect(wbSheet?.getAttribute('name')).toBe('Phường <1> & "Bến" Nghé');
  });

  it('writes a bold header row, numbers as numeric cells and strings as escaped inline strings', () => {
    const c = cells(must(files['xl/worksheets/sheet1.xml'], 'xl/worksheets/sheet1.xml'));
    const at = (ref: string) => c.find((x) => x.ref === ref);
    expect(at('A1')).toMatchObject({ type: 'inlineStr', style: '1', text: 'Tên tổ' });
    expect(at('D1')).toMatchObject({ type: 'inlineStr', style: '1', text: 'Mã' });
    expect(at('A2')).toMatchObject({ type: 'inlineStr', text: 'Tổ <A> & "B" \'C\' 😀' });
    expect(at('B2')).toMatchObject({ type: 'n', value: '1234', style: null });
    expect(at('B3')).toMatchObject({ type: 'n', value: '0' });
    expect(at('B4')).toMatchObject({ type: 'n', value: '-3.5' });
    // A number in a text column stays text (ids, codes).
    expect(at('D2')).toMatchObject({ type: 'inlineStr', text: '42' });
  });

  it('writes percentages as fractions with the built-in percent format (numFmtId 10)', () => {
    const c = cells(must(files['xl/worksheets/sheet1.xml'], 'xl/worksheets/sheet1.xml'));
    const pct = c.find((x) => x.ref === 'C2');
    expect(pct).toMatchObject({ type: 'n', value: '0.8123' });
    const xfs = Array.from(
      must(
        must(files['xl/styles.xml'], 'xl/styles.xml').getElementsByTagNameNS(MAIN, 'cellXfs')[0],
        'cellXfs',
      ).getElementsByTagNameNS(MAIN, 'xf'),
    );
    expect(xfs[Number(pct?.style)]?.getAttribute('numFmtId')).toBe('10');
    const headerXf = must(xfs[1], 'header style');
    const fonts = must(files['xl/styles.xml'], 'xl/styles.xml').getElementsByTagNameNS(MAIN, 'font');
    expect(fonts[Number(headerXf.getAttribute('fontId'))]?.getElementsByTagNameNS(MAIN, 'b')).toHaveLength(1);
  });

  it('leaves null cells empty (no value) and skips unstyled empty cells', () => {
    const c = cells(must(files['xl/worksheets/sheet1.xml'], 'xl/worksheets/sheet1.xml'));
    expect(c.find((x) => x.ref === 'A3')).toBeUndefined();
    const emptyPct = c.find((x) => x.ref === 'C3');
    expect(emptyPct?.value).toBeNull();
    expect(emptyPct?.text).toBeNull();
    expect(c.find((x) => x.ref === 'D4')).toBeUndefined();
  });

  it('sets column widths and the sheet dimension', () => {
    const doc = must(files['xl/worksheets/sheet1.xml'], 'xl/worksheets/sheet1.xml');
    const cols = Array.from(doc.getElementsByTagNameNS(MAIN, 'col'));
    expect(cols).toHaveLength(4);
    for (const col of cols) expect(Number(col.getAttribute('width'))).toBeGreaterThanOrEqual(8);
    expect(doc.getElementsByTagNameNS(MAIN, 'dimension')[0]?.getAttribute('ref')).toBe('A1:D4');
  });

  it('writes several sheets with unique names', () => {
    const many = parts(
      buildXlsx([
        { name: 'Data', columns: [{ header: 'a' }], rows: [[1]] },
        { name: 'data', columns: [{ header: 'b' }], rows: [['x']] },
      ]),
    );
    expect(Object.keys(many)).toContain('xl/worksheets/sheet2.xml');
    const names = Array.from(
      must(many['xl/workbook.xml'], 'xl/workbook.xml').getElementsByTagNameNS(MAIN, 'sheet'),
    ).map((s) => s.getAttribute('name'));
    expect(names).toEqual(['Data', 'data (2)']);
  });

  it('writes non-finite numbers as empty cells and control characters as replacement characters', () => {
    const doc = must(
      parts(
        buildXlsx([
          { name: 's', columns: [{ header: 'n' }, { header: 't' }], rows: [[Number.NaN, 'a\u0001b']] },
        ]),
      )['xl/worksheets/sheet1.xml'],
      'sheet1',
    );
    const c = cells(doc);
    expect(c.find((x) => x.ref === 'A2')).toBeUndefined();
    expect(c.find((x) => x.ref === 'B2')?.text).toBe('a\ufffdb');
  });
});

describe('sheetName', () => {
  it('removes []:*?/\\, trims apostrophes and keeps at most 31 characters', () => {
    expect(sheetName('a[b]c:d*e?f/g\\h')).toBe('a b c d e f g h');
    expect(sheetName("'quoted'")).toBe('quoted');
    expect(sheetName('x'.repeat(40))).toHaveLength(31);
    expect(sheetName('')).toBe('Sheet');
    expect(sheetName('History')).toBe('History 1');
  });

  it('never splits a surrogate pair and makes names unique', () => {
    const name = sheetName('😀'.repeat(20));
    expect(name.length).toBeLessThanOrEqual(31);
    expect(name).not.toMatch(/[\ud800-\udbff]$/);
    const taken = new Set(['x'.repeat(31)]);
    const next = sheetName('X'.repeat(40), taken);
    expect(next).toBe(`${'X'.repeat(27)} (2)`);
  });
});

describe('helpers', () => {
  it('names columns like Excel', () => {
    expect([0, 25, 26, 27, 51, 52, 701, 702].map(columnName)).toEqual([
      'A',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });

  it('escapes the five XML special characters', () => {
    expect(escapeXml(`<a href="x">&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;');
  });
});
