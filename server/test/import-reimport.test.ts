// Importing a ward-month or a record id that exists replaces it: the seeded data's own files
// imported back change nothing, the same file imported twice changes nothing the second time, and a
// changed file moves the figures by exactly its changes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/db/db';
import type { Kind } from '../src/import/formats';
import { importFiles } from '../src/import/import';
import { readLog } from '../src/import/log';
import { must } from './support/expect';
import { csvFile, exportKinds, fingerprint, xlsxFile, type Table } from './support/import-files';
import { importTestDb, TODAY, WHO } from './support/import-fixture';

let db: Db;
let data: Record<Kind, Table>;

beforeAll(async () => {
  db = await importTestDb();
  data = await exportKinds(db);
});
afterAll(async () => {
  await db?.close();
});

const run = async (files: Parameters<typeof importFiles>[1], publishThrough?: string) => {
  const result = await importFiles(db, files, { who: WHO, today: TODAY, publishThrough });
  expect(result.problems).toEqual([]);
  expect(result.ok).toBe(true);
  return result;
};

/** The root's figures of one month, from area_month. */
async function rootMonth(mo: number) {
  const [row] = await db.query<{
    inc_total: number;
    inc_drugs: number;
    patrols: number;
    participants: number;
    reported: number;
  }>(
    'SELECT inc_total, inc_drugs, patrols, participants, reported FROM area_month WHERE pre = 0 AND mo = $1',
    [mo],
  );
  return must(row, `root month ${mo}`);
}

describe('re-importing', () => {
  it('the database’s own data imported back changes nothing, twice over', async () => {
    const before = await fingerprint(db);
    const files = [
      xlsxFile('all.xlsx', { areas: data.areas, groups: data.groups, incidents: data.incidents }),
      csvFile('patrols.csv', data.patrols),
      csvFile('mediation_cases.csv', data.mediation_cases, { delimiter: ';', bom: true }),
    ];
    await run(files);
    expect(await fingerprint(db)).toEqual(before);
    await run(files);
    expect(await fingerprint(db)).toEqual(before);
    const log = await readLog(db);
    expect(log).toHaveLength(2);
    expect(log[0]?.files.map((f) => f.sha256)).toEqual(log[1]?.files.map((f) => f.sha256));
  });

  it('a changed report and a new patrol move the figures by exactly that, once', async () => {
    const report = data.incidents.slice(0, 2).map((r) => [...r]);
    const header = must(report[0]);
    const row = must(report[1]);
    const [ward, month] = [String(row[0]), String(row[1])];
    const mo = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
    const drugs = header.indexOf('drugs');
    row[drugs] = Number(row[drugs]) + 5;
    const patrol = [...must(data.patrols.find((p, i) => i > 0 && p[2] === ward))];
    const date = `${month}-15`;
    patrol[0] = `${ward}-${month}-extra`;
    patrol[3] = date;
    patrol[6] = 7; // participants
    const before = await rootMonth(mo);
    const files = [csvFile('incidents.csv', report), csvFile('patrols.csv', [must(data.patrols[0]), patrol])];
    await run(files);
    const after = await rootMonth(mo);
    expect(after).toEqual({
      ...before,
      inc_total: before.inc_total + 5,
      inc_drugs: before.inc_drugs + 5,
      patrols: before.patrols + 1,
      participants: before.participants + 7,
    });
    const once = await fingerprint(db);
    await run(files);
    expect(await fingerprint(db)).toEqual(once);
  });

  it('a report of zeros marks the ward-month reported; --publish-through sets dataTo', async () => {
    const [last] = await db.query<{ mo: number }>('SELECT max(mo) + 1 AS mo FROM ward_month');
    const mo = must(last).mo;
    const month = `${Math.floor(mo / 12)}-${String((mo % 12) + 1).padStart(2, '0')}`;
    const ward = String(must(data.incidents[1])[0]);
    const zero = [must(data.incidents[0]), [ward, month, 0, 0, 0, 0, 0, 0, 0]];
    const result = await run([csvFile('incidents.csv', zero)], month);
    expect(result.dataTo).toBe(month);
    const after = await rootMonth(mo);
    expect(after).toMatchObject({ reported: 1, inc_total: 0, patrols: 0 });
    const [meta] = await db.query<{ data_to: string }>('SELECT data_to FROM meta');
    expect(meta?.data_to).toBe(month);
  });
});
