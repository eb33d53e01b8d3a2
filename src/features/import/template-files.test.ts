// @vitest-environment jsdom
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importForm } from '../../api/endpoints/import-files';
import { COLUMNS, INSTRUCTION_SHEETS, KINDS } from '../../api/import-formats';
import { groupTypes, mediationOutcomes } from '../../api/schemas';
import { formatters } from '../../i18n/format';
import { translate } from '../../i18n/locales';
import { foldText } from '../../lib/text';
import { columnsWithoutFormat, INSTRUCTION_SHEET, templateCsv, templateXlsx } from './template-files';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const texts = (locale: 'vi' | 'en' | 'fr') => ({
  t: translate.bind(null, locale),
  fmt: formatters(locale),
});

/** The workbook read back from its bytes: sheet names in order, and each sheet's rows of cell text. */
function readWorkbook(bytes: Uint8Array) {
  const files = unzipSync(bytes);
  const parse = (path: string) => {
    const data = files[path];
    if (!data) throw new Error(`no ${path}`);
    const doc = new DOMParser().parseFromString(strFromU8(data), 'application/xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    return doc;
  };
  const names = Array.from(parse('xl/workbook.xml').getElementsByTagNameNS(MAIN, 'sheet')).map((s) =>
    s.getAttribute('name'),
  );
  const sheets = names.map((_, i) => {
    const doc = parse(`xl/worksheets/sheet${i + 1}.xml`);
    // No cell of a template may be a formula.
    expect(doc.getElementsByTagNameNS(MAIN, 'f')).toHaveLength(0);
    return Array.from(doc.getElementsByTagNameNS(MAIN, 'row')).map((row) =>
      Array.from(row.getElementsByTagNameNS(MAIN, 'c')).map((c) => c.textContent ?? ''),
    );
  });
  return { names, sheets };
}

describe('the import templates', () => {
  it('is a workbook of the five kinds, headed by the Vietnamese headers, and an instruction sheet', () => {
    const { names, sheets } = readWorkbook(templateXlsx(texts('vi')));
    expect(names).toEqual([...KINDS, 'Hướng dẫn']);
    KINDS.forEach((kind, i) => {
      expect(sheets[i], kind).toEqual([COLUMNS[kind].map((c) => c.vi)]);
    });
    // The server reads past the instruction sheet by its folded name.
    expect(INSTRUCTION_SHEETS).toContain(foldText(INSTRUCTION_SHEET));
  });

  it('explains each kind’s columns in the user’s language, with the enumerations and the limits', () => {
    const vi = readWorkbook(templateXlsx(texts('vi'))).sheets[KINDS.length] ?? [];
    const text = vi.map((row) => row.join(' | ')).join('\n');
    expect(vi[0]?.[0]).toBe('Hướng dẫn điền sổ tính này');
    expect(text).toContain('Giới hạn của một lần nhập: tối đa 50 tệp; mỗi tệp tối đa 64 MiB');
    expect(text).toContain('Mỗi dòng thay thế bản ghi có cùng mã');
    for (const kind of KINDS)
      for (const c of COLUMNS[kind]) {
        const row = vi.find((r) => r[1] === kind && r[2] === c.name);
        expect(row, `${kind}.${c.name}`).toBeDefined();
        expect(row?.[3]).toBe(c.vi);
        expect(row?.[4]).toBe(c.optional ? 'không bắt buộc' : 'bắt buộc');
      }
    expect(vi.find((r) => r[1] === 'groups' && r[2] === 'type')?.[5]).toBe(
      `Một trong các giá trị: ${groupTypes.join(', ')}`,
    );
    expect(vi.find((r) => r[1] === 'mediation_cases' && r[2] === 'outcome')?.[5]).toBe(
      `Một trong các giá trị: ${mediationOutcomes.join(', ')}`,
    );
    expect(vi.find((r) => r[1] === 'incidents' && r[2] === 'month')?.[5]).toBe('Tháng YYYY-MM');
    expect(vi.find((r) => r[1] === 'patrols' && r[2] === 'date')?.[5]).toBe('Ngày YYYY-MM-DD');

    const fr = readWorkbook(templateXlsx(texts('fr'))).sheets[KINDS.length] ?? [];
    expect(fr[0]?.[0]).toBe('Comment remplir ce classeur');
    expect(fr.find((r) => r[1] === 'patrols' && r[2] === 'note')?.[4]).toBe('facultatif');
  });

  it('knows the format of every column of the contract', () => {
    expect(columnsWithoutFormat()).toEqual([]);
  });

  it('writes a CSV template per kind: UTF-8 byte-order mark and the Vietnamese header row', () => {
    expect(templateCsv('incidents')).toBe(
      '\uFEFFMã phường/xã,Tháng,Trật tự công cộng,Xâm phạm tài sản,Ma túy,Tệ nạn xã hội,"Cháy, nổ",Giao thông,Khác\r\n',
    );
  });

  it('sends one part named "files" per file, under the file’s name, and the published month', () => {
    const files = [new File(['a'], 'incidents-2026-10.csv'), new File(['b'], 'mau.xlsx')];
    const form = importForm({ files, publishThrough: '2026-10' });
    expect(form.getAll('files').map((f) => (f as File).name)).toEqual(['incidents-2026-10.csv', 'mau.xlsx']);
    expect(form.get('publishThrough')).toBe('2026-10');
    expect(importForm({ files, publishThrough: undefined }).has('publishThrough')).toBe(false);
  });
});
