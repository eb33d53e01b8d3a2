// The readers on their own: CSV delimiters, quotes and BOM; XLSX shared strings, typed dates and
// months, formulas; and the import command line.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCommand, UsageError } from '../src/cli-args';
import { detectDelimiter, readCsv } from '../src/import/csv';
import { kindOfHeaders, kindOfName } from '../src/import/formats';
import { Problems } from '../src/import/sheet';
import { readXlsx } from '../src/import/xlsx';
import { writeXlsx } from '../src/import/xlsx-write';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('CSV', () => {
  it('reads semicolons, quoted delimiters and line breaks, a BOM, and Vietnamese headers', () => {
    const problems = new Problems(10);
    const text = '\ufeffMã tổ;Ghi chú\r\n"g-1";"a; b\r\nc ""d"""\r\n\r\ng-2;\r\n';
    const sheet = readCsv('notes.csv', utf8(text), problems);
    expect(problems.list).toEqual([]);
    expect(sheet?.header).toEqual(['Mã tổ', 'Ghi chú']);
    expect(sheet?.rows.map((r) => [r.row, r.cells.map((c) => c?.text)])).toEqual([
      [2, ['g-1', 'a; b\r\nc "d"']],
      [4, ['g-2', '']],
    ]);
  });

  it('detects the delimiter from the header, and the kind from the name or the columns', () => {
    expect(detectDelimiter('a;b;"c,d,e"\n1,2,3')).toBe(';');
    expect(detectDelimiter('a,b\n')).toBe(',');
    expect(kindOfName('mediation_cases-2026-10.csv')).toBe('mediation_cases');
    expect(kindOfName('Patrols.xlsx')).toBe('patrols');
    expect(kindOfName('export.csv')).toBeNull();
    expect(kindOfHeaders(['Mã phường/xã', 'Tháng', 'Ma túy'])).toBe('incidents');
  });
});

describe('XLSX', () => {
  it('reads typed dates and months as YYYY-MM-DD, and flags a formula', () => {
    const bytes = writeXlsx([
      {
        name: 'incidents',
        rows: [
          ['ward_id', 'month', 'fire'],
          ['w', { date: '2026-10-01' }, { formula: '1+1', cached: '2' }],
        ],
      },
      { name: 'Hướng dẫn', rows: [['read me']] },
    ]);
    const problems = new Problems(10);
    const [sheet, ...more] = readXlsx('r.xlsx', bytes, problems);
    expect(problems.list).toEqual([]);
    expect(more).toEqual([]);
    expect(sheet?.kind).toBe('incidents');
    const cells = sheet?.rows[0]?.cells;
    expect(cells?.[1]?.text).toBe('2026-10-01');
    expect(cells?.[2]).toEqual({ text: '2', problem: { code: 'formula', params: { formula: '1+1' } } });
  });
});

describe('antt import', () => {
  it('parses its options and files', () => {
    const command = parseCommand(
      ['import', '--db', 'pglite:memory', '--check', '--publish-through', '2026-10', 'a.csv', 'b.xlsx'],
      { INIT_CWD: '/data' },
    );
    expect(command).toEqual({
      kind: 'import',
      db: 'pglite:memory',
      check: true,
      publishThrough: '2026-10',
      files: ['/data/a.csv', '/data/b.xlsx'],
    });
    expect(() => parseCommand(['import', '--db', 'pglite:memory'])).toThrow(UsageError);
    expect(() => parseCommand(['import', '--publish-through', '2026-13', 'a.csv'])).toThrow(
      /--publish-through 2026-13/,
    );
    expect(() => parseCommand(['seed', 'a.csv'])).toThrow(UsageError);
  });

  it('prints every problem and exits 1, importing nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'antt-import-'));
    try {
      await writeFile(
        join(dir, 'incidents.csv'),
        'ward_id,month,public_order,property,drugs,social_evils,fire,traffic,other\nw1,2026-10,1,2,-3,0,0,0,0\nw1,2026-09,0,0,0,0,0,0,0\n',
      );
      const run = spawnSync(
        'npx',
        ['tsx', 'src/cli.ts', 'import', '--db', 'pglite:memory', join(dir, 'incidents.csv')],
        { encoding: 'utf8', cwd: join(import.meta.dirname, '..') },
      );
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('incidents.csv, row 2, column drugs, value "-3": a negative count');
      expect(run.stderr).toContain(
        'incidents.csv, row 3, column ward_id, value "w1": unknown ward id: the database holds no area tree yet',
      );
      expect(run.stderr).toMatch(/import refused: 2 problems, nothing was imported/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
