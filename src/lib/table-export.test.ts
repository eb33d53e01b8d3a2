// @vitest-environment jsdom
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { BOM } from './csv';
import { tableCsv, tableFile, tableXlsx, type ExportColumn } from './table-export';

/** The value, or a failed test naming what was missing. */
function must<T>(value: T | null | undefined, what = 'value'): T {
  if (value === null || value === undefined) throw new Error(`missing ${what}`);
  return value;
}

interface Row {
  name: string;
  cases: number;
  rate: number | null;
}

const columns: ExportColumn<Row>[] = [
  { header: 'Tên', value: (r) => r.name, format: 'text' },
  { header: 'Số vụ', value: (r) => r.cases, format: 'number' },
  { header: 'Tỷ lệ', value: (r) => r.rate, format: 'percent' },
];
const rows: Row[] = [
  { name: 'Tổ "Bến, Nghé"', cases: 12, rate: 0.75 },
  { name: 'Xã <Đông>', cases: 0, rate: null },
  { name: 'Lỗi', cases: Number.NaN, rate: Number.POSITIVE_INFINITY },
];

describe('one column definition, two file formats', () => {
  it('writes CSV with a BOM, the header row, RFC 4180 quoting, raw numbers and fractions', () => {
    expect(tableCsv(columns, rows)).toBe(
      `${BOM}Tên,Số vụ,Tỷ lệ\r\n"Tổ ""Bến, Nghé""",12,0.75\r\nXã <Đông>,0,\r\nLỗi,,\r\n`,
    );
  });

  it('writes XLSX with the same headers and values, numbers numeric', () => {
    const xml = strFromU8(
      must(unzipSync(tableXlsx(columns, rows, 'Bảng'))['xl/worksheets/sheet1.xml'], 'sheet1'),
    );
    expect(xml).toContain('<c r="B1" s="1" t="inlineStr"><is><t xml:space="preserve">Số vụ</t></is></c>');
    expect(xml).toContain('<c r="B2" t="n"><v>12</v></c>');
    expect(xml).toContain('<c r="C2" s="2" t="n"><v>0.75</v></c>');
    expect(xml).toContain('Xã &lt;Đông&gt;');
    expect(xml).not.toContain('NaN');
    expect(xml).not.toContain('Infinity');
  });

  it('writes names that look like formulas as text: prefixed in CSV, string cells in XLSX', async () => {
    const hostile: Row[] = ['=HYPERLINK("http://x","y")', '+1', '-2', '@SUM(A1)'].map((name, i) => ({
      name,
      cases: -i,
      rate: null,
    }));
    const csv = tableCsv(columns, hostile);
    expect(csv.slice(1).split('\r\n').slice(1, 5)).toEqual([
      `"'=HYPERLINK(""http://x"",""y"")",0,`,
      "'+1,-1,",
      "'-2,-2,",
      "'@SUM(A1),-3,",
    ]);
    // The chunked file of a big table goes through the same cells (Blob.text() drops the BOM).
    expect(await (await tableFile('csv', columns, hostile, 'Bảng', { chunkRows: 1 })).text()).toBe(
      csv.slice(1),
    );
    const xml = strFromU8(
      must(unzipSync(tableXlsx(columns, hostile, 'Bảng'))['xl/worksheets/sheet1.xml'], 'sheet1'),
    );
    expect(xml).not.toContain('<f>');
    expect(xml).toContain(
      '<c r="A2" t="inlineStr"><is><t xml:space="preserve">=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)</t></is></c>',
    );
    expect(xml).toContain('<c r="A4" t="inlineStr"><is><t xml:space="preserve">-2</t></is></c>');
    expect(xml).toContain('<c r="B4" t="n"><v>-2</v></c>');
  });

  it('builds the same files a few rows at a time', async () => {
    const many = Array.from({ length: 7 }, (_, i) => ({ ...rows[i % 3], name: `Tổ ${i}` }) as Row);
    const csv = await tableFile('csv', columns, many, 'Bảng', { chunkRows: 2 });
    expect(csv.type).toBe('text/csv;charset=utf-8');
    const csvText = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await csv.arrayBuffer());
    expect(csvText).toBe(tableCsv(columns, many));

    const xlsx = await tableFile('xlsx', columns, many, 'Bảng', { chunkRows: 2 });
    expect(xlsx.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const streamed = unzipSync(new Uint8Array(await xlsx.arrayBuffer()));
    const atOnce = unzipSync(tableXlsx(columns, many, 'Bảng'));
    expect(Object.keys(streamed).sort()).toEqual(Object.keys(atOnce).sort());
    for (const [name, data] of Object.entries(atOnce)) {
      expect(strFromU8(must(streamed[name], name)), name).toBe(strFromU8(data));
    }
  });

  it('stops when aborted', async () => {
    const abort = new AbortController();
    abort.abort();
    const many = Array.from({ length: 10 }, () => rows[0] as Row);
    await expect(
      tableFile('csv', columns, many, 'x', { signal: abort.signal, chunkRows: 2 }),
    ).rejects.toThrow();
    await expect(
      tableFile('xlsx', columns, many, 'x', { signal: abort.signal, chunkRows: 2 }),
    ).rejects.toThrow();
  });
});
