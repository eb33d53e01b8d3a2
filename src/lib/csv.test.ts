import { describe, expect, it } from 'vitest';
import { BOM, csvField, csvFileName, neutraliseFormula, toCsv } from './csv';

describe('csv', () => {
  it('starts with a byte-order mark and ends every line with CRLF', () => {
    const text = toCsv([
      ['Tên', 'Số vụ'],
      ['Phường Đông Hòa', 12],
    ]);
    expect(text.startsWith(BOM)).toBe(true);
    expect(text.slice(1)).toBe('Tên,Số vụ\r\nPhường Đông Hòa,12\r\n');
  });

  it('quotes fields with commas, quotes, line breaks or edge spaces (RFC 4180)', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
    expect(csvField(' padded')).toBe('" padded"');
    expect(csvField('plain')).toBe('plain');
  });

  it('writes numbers plainly with a dot, and nothing for missing values', () => {
    expect(csvField(1234.5)).toBe('1234.5');
    expect(csvField(0.7773584905660378)).toBe('0.7773584905660378');
    expect(csvField(-3)).toBe('-3');
    expect(csvField(1e-7)).toBe('0.0000001');
    expect(csvField(Number.NaN)).toBe('');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField('')).toBe('');
  });

  it('neutralises text a spreadsheet would run as a formula, and never a number', () => {
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-2')).toBe("'-2");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\tTổ 1')).toBe("'\tTổ 1");
    expect(csvField('\rcmd')).toBe(`"'\rcmd"`);
    // Only the first character matters; a formula sign further in is plain text.
    expect(csvField('Tổ =1')).toBe('Tổ =1');
    expect(csvField(-2)).toBe('-2');
    expect(csvField(-0.25)).toBe('-0.25');
    expect(neutraliseFormula('Phường An Lạc')).toBe('Phường An Lạc');
    expect(toCsv([['=1+1', -1]]).slice(1)).toBe("'=1+1,-1\r\n");
  });

  it('makes a portable file name from area and period', () => {
    expect(csvFileName(['xep-hang', 'Huyện Đông Sơn', '2025-11..2026-10'])).toBe(
      'xep-hang_Huyen-Dong-Son_2025-11..2026-10.csv',
    );
    expect(csvFileName(['', '///'])).toBe('export.csv');
  });
});
