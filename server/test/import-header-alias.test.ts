// The patrol template's findings header became "Số phát hiện qua tuần tra" (a finding is not an
// incident, docs/glossary.md); files filled in from the older template, headed "Số vụ việc phát
// hiện", must still import, into the same column.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/db/db';
import { COLUMNS } from '../src/import/formats';
import { importFiles } from '../src/import/import';
import { must } from './support/expect';
import { csvFile, exportKinds, type Table } from './support/import-files';
import { importTestDb, TODAY, WHO } from './support/import-fixture';

let db: Db;
let patrols: Table;

beforeAll(async () => {
  db = await importTestDb();
  patrols = (await exportKinds(db)).patrols;
});
afterAll(async () => {
  await db?.close();
});

/** Two patrols under the template's Vietnamese headers, findings headed `findingsHeader`, set to `value`. */
function file(findingsHeader: string, value: number): Table {
  const header = COLUMNS.patrols.map((c) => (c.name === 'findings' ? findingsHeader : c.vi));
  const findings = COLUMNS.patrols.findIndex((c) => c.name === 'findings');
  const rows = patrols.slice(1, 3).map((r) => r.map((v, i) => (i === findings ? value : v)));
  return [header, ...rows];
}

async function findingsOf(id: unknown): Promise<number> {
  const [row] = await db.query<{ findings: number }>(
    'SELECT findings::int AS findings FROM patrols WHERE id = $1',
    [id],
  );
  return must(row).findings;
}

describe('the findings header of the patrol template', () => {
  it('is "Số phát hiện qua tuần tra" in the template', () => {
    expect(COLUMNS.patrols.find((c) => c.name === 'findings')?.vi).toBe('Số phát hiện qua tuần tra');
  });

  it.each([
    ['the new header', 'Số phát hiện qua tuần tra', 7],
    ['the old header, still accepted', 'Số vụ việc phát hiện', 9],
  ])('imports a file with %s into findings', async (_, header, value) => {
    const result = await importFiles(db, [csvFile('patrols.csv', file(header, value))], {
      who: WHO,
      today: TODAY,
    });
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    const id = must(patrols[1])[0];
    expect(await findingsOf(id)).toBe(value);
  });
});
