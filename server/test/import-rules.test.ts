// The corpus of bad files: one test per rule. Each import is refused with the problem named (file,
// sheet, row, column, value, reason), and the database is exactly as it was, log included.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/db/db';
import { LIMITS, type Kind } from '../src/import/formats';
import { importFiles } from '../src/import/import';
import type { Problem } from '../src/import/sheet';
import type { ImportFile } from '../src/import/validate';
import { must } from './support/expect';
import { csvFile, exportKinds, fingerprint, xlsxFile, type Table } from './support/import-files';
import { importTestDb, TODAY, WHO } from './support/import-fixture';

let db: Db;
let data: Record<Kind, Table>;
let before: Awaited<ReturnType<typeof fingerprint>>;

beforeAll(async () => {
  db = await importTestDb();
  data = await exportKinds(db);
  before = await fingerprint(db);
});
afterAll(async () => {
  await db?.close();
});

/** Header and the first `n` rows of a kind, each row a copy (to be broken). */
const head = (kind: Kind, n = 3): Table => data[kind].slice(0, n + 1).map((r) => [...r]);
const col = (kind: Kind, name: string) => data[kind][0]?.indexOf(name) ?? -1;
const set = (t: Table, row: number, kind: Kind, column: string, value: Table[number][number]) => {
  must(t[row])[col(kind, column)] = value;
  return t;
};

async function refused(files: ImportFile[], expected: Partial<Problem>, options = {}): Promise<Problem[]> {
  const result = await importFiles(db, files, { who: WHO, today: TODAY, ...options });
  expect(result.ok).toBe(false);
  expect(result.problems).toContainEqual(expect.objectContaining(expected));
  expect(await fingerprint(db)).toEqual(before);
  expect(await db.query('SELECT 1 FROM imports')).toEqual([]);
  return result.problems;
}

describe('a bad file imports nothing', () => {
  it('a valid file is accepted by --check (the corpus starts from good files)', async () => {
    const files = (['groups', 'patrols', 'mediation_cases', 'incidents'] as const).map((k) =>
      csvFile(`${k}.csv`, head(k)),
    );
    const result = await importFiles(db, files, { who: WHO, today: TODAY, check: true });
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    expect(await fingerprint(db)).toEqual(before);
  });

  it('unknown ward id', async () => {
    const t = set(head('incidents'), 2, 'incidents', 'ward_id', 'no-such-ward');
    await refused([csvFile('incidents.csv', t)], {
      file: 'incidents.csv',
      sheet: null,
      row: 3,
      column: 'ward_id',
      value: 'no-such-ward',
      reason: expect.stringMatching(/unknown ward id/),
    });
  });

  it('a group in another ward', async () => {
    const wards = data.areas.filter((r) => r[2] === 'ward').map((r) => String(r[0]));
    const t = head('patrols', 1);
    const ward = String(must(t[1])[col('patrols', 'ward_id')]);
    const other = must(wards.find((w) => w !== ward));
    set(t, 1, 'patrols', 'ward_id', other);
    await refused([csvFile('patrols.csv', t)], {
      row: 2,
      column: 'group_id',
      reason: expect.stringMatching(/a group in another ward/),
    });
  });

  it('a group moved to another ward while its records stay in the old one', async () => {
    const wards = data.areas.filter((r) => r[2] === 'ward').map((r) => String(r[0]));
    const groupId = String(must(data.patrols[1])[col('patrols', 'group_id')]);
    const groups = data.groups.filter((r, i) => i === 0 || String(r[0]) === groupId).map((r) => [...r]);
    const from = String(must(groups[1])[col('groups', 'ward_id')]);
    const to = must(wards.find((w) => w !== from));
    set(groups, 1, 'groups', 'ward_id', to);
    const of = (kind: 'patrols' | 'mediation_cases') =>
      data[kind].filter((r, i) => i === 0 || String(r[col(kind, 'group_id')]) === groupId);
    expect(of('patrols').length + of('mediation_cases').length).toBeGreaterThan(2);
    const problems = await refused([csvFile('groups.csv', groups)], {
      file: 'groups.csv',
      row: 2,
      column: 'ward_id',
      value: to,
      code: 'groupMovedWithRecords',
      params: expect.objectContaining({ wardId: to, oldWard: from }),
    });
    expect(problems.filter((p) => p.code === 'groupMovedWithRecords')).toHaveLength(1);
    // Moved with every record of it, the group is accepted.
    const move = (kind: 'patrols' | 'mediation_cases') =>
      of(kind).map((r, i) => (i === 0 ? [...r] : r.map((v, c) => (c === col(kind, 'ward_id') ? to : v))));
    const result = await importFiles(
      db,
      [
        csvFile('groups.csv', groups),
        csvFile('patrols.csv', move('patrols')),
        csvFile('mediation_cases.csv', move('mediation_cases')),
      ],
      { who: WHO, today: TODAY, check: true },
    );
    expect(result.problems).toEqual([]);
  });

  it('unknown group id', async () => {
    await refused(
      [
        csvFile(
          'mediation_cases.csv',
          set(head('mediation_cases'), 1, 'mediation_cases', 'group_id', 'g-none'),
        ),
      ],
      { column: 'group_id', value: 'g-none', reason: expect.stringMatching(/unknown group id/) },
    );
  });

  it('a date outside its month', async () => {
    await refused([csvFile('patrols.csv', set(head('patrols'), 1, 'patrols', 'date', '2026-02-30'))], {
      row: 2,
      column: 'date',
      value: '2026-02-30',
      reason: expect.stringMatching(/outside its month: 2026-02 has 28 days/),
    });
  });

  it('a date in the future', async () => {
    await refused([csvFile('patrols.csv', set(head('patrols'), 1, 'patrols', 'date', '2026-12-01'))], {
      column: 'date',
      reason: 'a date in the future',
    });
  });

  it('not a date, not a month', async () => {
    await refused([csvFile('groups.csv', set(head('groups'), 1, 'groups', 'established_on', '31/10/2026'))], {
      column: 'established_on',
      reason: expect.stringMatching(/expected a date YYYY-MM-DD/),
    });
    await refused([csvFile('incidents.csv', set(head('incidents'), 1, 'incidents', 'month', '2026-13'))], {
      column: 'month',
      reason: expect.stringMatching(/expected a month/),
    });
  });

  it('closed before received', async () => {
    const t = head('mediation_cases', 20);
    const row = t.findIndex((r, i) => i > 0 && r[col('mediation_cases', 'closed_on')] !== null);
    set(t, row, 'mediation_cases', 'closed_on', '2000-01-01');
    await refused([csvFile('mediation_cases.csv', t)], {
      row: row + 1,
      column: 'closed_on',
      value: '2000-01-01',
      reason: expect.stringMatching(/closed before it was received/),
    });
  });

  it('a pending case with a closing date, a closed one without', async () => {
    const t = head('mediation_cases', 40);
    const row = t.findIndex((r, i) => i > 0 && r[col('mediation_cases', 'outcome')] !== 'pending');
    set(t, row, 'mediation_cases', 'closed_on', null);
    await refused([csvFile('mediation_cases.csv', t)], {
      column: 'closed_on',
      reason: expect.stringMatching(/needs its closing date/),
    });
    set(t, row, 'mediation_cases', 'outcome', 'pending');
    set(t, row, 'mediation_cases', 'closed_on', '2026-10-31');
    await refused([csvFile('mediation_cases.csv', t)], {
      column: 'closed_on',
      reason: 'a pending case has no closing date',
    });
  });

  it('a negative count, a fraction, a value out of range', async () => {
    await refused([csvFile('incidents.csv', set(head('incidents'), 1, 'incidents', 'drugs', -1))], {
      column: 'drugs',
      value: '-1',
      reason: expect.stringMatching(/a negative count/),
    });
    await refused([csvFile('incidents.csv', set(head('incidents'), 1, 'incidents', 'fire', '1.5'))], {
      column: 'fire',
      reason: 'not a whole number',
    });
    await refused([csvFile('patrols.csv', set(head('patrols'), 1, 'patrols', 'duration_minutes', 5000))], {
      column: 'duration_minutes',
      reason: 'more than 1440',
    });
  });

  it('a value outside its enumeration, an empty required cell', async () => {
    await refused([csvFile('patrols.csv', set(head('patrols'), 1, 'patrols', 'shift', 'evening'))], {
      column: 'shift',
      value: 'evening',
      reason: 'expected one of day, night',
    });
    await refused([csvFile('groups.csv', set(head('groups'), 2, 'groups', 'name', ''))], {
      row: 3,
      column: 'name',
      reason: expect.stringMatching(/required/),
    });
  });

  it('a duplicate id in the file, and across files', async () => {
    const t = head('patrols', 2);
    t.push([...must(t[1])]);
    await refused([csvFile('patrols.csv', t)], {
      row: 4,
      column: 'id',
      reason: expect.stringMatching(/duplicate patrol id: also in patrols.csv, row 2/),
    });
    await refused(
      [csvFile('patrols.csv', head('patrols')), xlsxFile('more.xlsx', { patrols: head('patrols', 1) })],
      {
        file: 'more.xlsx',
        sheet: 'patrols',
        row: 2,
        reason: expect.stringMatching(/duplicate patrol id: also in patrols.csv/),
      },
    );
    const reports = head('incidents', 1);
    reports.push([...must(reports[1])]);
    await refused([csvFile('incidents.csv', reports)], {
      column: 'month',
      reason: expect.stringMatching(/duplicate monthly report/),
    });
  });

  it('a formula cell', async () => {
    const t = set(head('incidents'), 1, 'incidents', 'traffic', { formula: 'SUM(C2:H2)', cached: '4' });
    await refused([xlsxFile('report.xlsx', { incidents: t })], {
      file: 'report.xlsx',
      sheet: 'incidents',
      row: 2,
      column: 'traffic',
      value: '4',
      reason: expect.stringMatching(/^a formula \(=SUM\(C2:H2\)\)/),
    });
  });

  it('an unknown encoding', async () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from('ward_id,month', 'utf16le'))]);
    await refused([{ name: 'incidents.csv', bytes: utf16 }], {
      file: 'incidents.csv',
      reason: expect.stringMatching(/UTF-16/),
    });
    const latin1 = new Uint8Array(Buffer.from('id,name\nx,Hòa Bình\n', 'latin1'));
    await refused([{ name: 'groups.csv', bytes: latin1 }], { reason: expect.stringMatching(/not UTF-8/) });
  });

  it('an unknown sheet, an unknown file type, a broken workbook', async () => {
    await refused([xlsxFile('book.xlsx', { incidents: head('incidents'), Sheet2: [['x']] })], {
      file: 'book.xlsx',
      sheet: 'Sheet2',
      reason: expect.stringMatching(/unknown sheet "Sheet2"/),
    });
    await refused([{ name: 'old.xls', bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]) }], {
      reason: expect.stringMatching(/unknown file type/),
    });
    await refused([{ name: 'bad.xlsx', bytes: new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]) }], {
      reason: expect.stringMatching(/not a readable XLSX file/),
    });
  });

  it('an unknown column, a missing one, one given twice', async () => {
    const extra = head('incidents');
    must(extra[0]).push('weather');
    await refused([csvFile('incidents.csv', extra)], {
      row: 1,
      column: 'weather',
      reason: expect.stringMatching(/unknown column "weather" for incidents/),
    });
    const missing = head('incidents').map((r) => r.slice(0, -1));
    await refused([csvFile('incidents.csv', missing)], {
      column: 'other',
      reason: expect.stringMatching(/missing column other/),
    });
    const twice = head('incidents');
    must(twice[0])[col('incidents', 'other')] = 'Giao thông';
    await refused([csvFile('incidents.csv', twice)], {
      column: 'traffic',
      reason: 'column traffic given twice',
    });
  });

  it('a value right of the last column', async () => {
    const t = head('incidents');
    must(t[2]).push('9');
    await refused([csvFile('incidents.csv', t)], {
      row: 3,
      column: '#10',
      value: '9',
      reason: expect.stringMatching(/has no header/),
    });
  });

  it('an area tree that is not one tree', async () => {
    const roots = data.areas.map((r) => [...r]);
    set(roots, 2, 'areas', 'parent_id', null);
    await refused([csvFile('areas.csv', roots)], {
      column: 'parent_id',
      reason: expect.stringMatching(/exactly one root/),
    });
    const orphan = data.areas.map((r) => [...r]);
    set(orphan, 3, 'areas', 'parent_id', 'nowhere');
    await refused([csvFile('areas.csv', orphan)], {
      row: 4,
      column: 'parent_id',
      reason: expect.stringMatching(/unknown area id/),
    });
    const total = data.areas.map((r) => [...r]);
    set(total, 1, 'areas', 'population', 1);
    await refused([csvFile('areas.csv', total)], {
      row: 2,
      column: 'population',
      reason: expect.stringMatching(/leave it empty: the total of its wards is \d+/),
    });
  });

  it('a ward dropped from the tree while the database holds its records (refused inside the transaction)', async () => {
    const last = must(data.areas[data.areas.length - 1]);
    expect(last[2]).toBe('ward');
    await refused([csvFile('areas.csv', data.areas.slice(0, -1))], {
      value: String(last[0]),
      reason: expect.stringMatching(/missing from the areas file but the database holds \d+ groups/),
    });
  });

  it('rows outside the importer’s area, and the tree from a district’s account', async () => {
    const district = String(must(data.areas.find((r) => r[2] === 'district'))[0]);
    const outside = must(data.incidents.find((r, i) => i > 0 && !String(r[0]).startsWith(district)));
    const t = [must(data.incidents[0]), [...outside]];
    await refused(
      [csvFile('incidents.csv', t)],
      {
        row: 2,
        column: 'ward_id',
        value: String(outside[0]),
        reason: expect.stringMatching(/outside your area/),
      },
      { scope: district },
    );
    await refused(
      [csvFile('areas.csv', data.areas)],
      { reason: expect.stringMatching(/whole data set only/) },
      { scope: district },
    );
  });

  it('the size and row limits', async () => {
    await refused([{ name: 'huge.csv', bytes: new Uint8Array(LIMITS.fileBytes + 1) }], {
      file: 'huge.csv',
      reason: expect.stringMatching(/at most 64 MiB per file/),
    });
  });

  it('reports every problem, not only the first', async () => {
    const t = head('incidents', 3);
    set(t, 1, 'incidents', 'drugs', -1);
    set(t, 3, 'incidents', 'month', 'soon');
    const problems = await refused([csvFile('incidents.csv', t, { delimiter: ';', bom: true })], {
      row: 2,
      column: 'drugs',
    });
    expect(problems).toContainEqual(expect.objectContaining({ row: 4, column: 'month', value: 'soon' }));
  });
});
