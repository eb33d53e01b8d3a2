// The round trip: a seeded data set written out as template files (XLSX with the Vietnamese
// headers, CSV with comma and with semicolon, with and without BOM), imported into an empty
// database; every API answer then equals the seeded database's (only /meta's generatedAt, name and
// demo flag differ: they describe the load, not the data).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/db/db';
import { migrate } from '../src/db/migrate';
import { COLUMNS, type Kind } from '../src/import/formats';
import { importFiles } from '../src/import/import';
import { readLog } from '../src/import/log';
import { must } from './support/expect';
import { openTestDb } from './support/db';
import { csvFile, exportKinds, xlsxFile, type Table } from './support/import-files';
import { importTestDb, TODAY, WHO } from './support/import-fixture';
import { serverTarget, type Target } from './support/targets';

let seeded: Db;
let imported: Db;
let a: Target;
let b: Target;
let months: { from: string; to: string };
let ids: { areas: string[]; groups: string[] };

/** The table with the template's Vietnamese headers instead of the column names. */
const vietnamese = (kind: Kind, t: Table): Table => [COLUMNS[kind].map((c) => c.vi), ...t.slice(1)];

beforeAll(async () => {
  seeded = await importTestDb();
  const data = await exportKinds(seeded);
  imported = await openTestDb();
  await migrate(imported);
  const files = [
    xlsxFile('registers.xlsx', {
      areas: vietnamese('areas', data.areas),
      groups: vietnamese('groups', data.groups),
      'Hướng dẫn': [['Điền mỗi dòng một bản ghi.']],
    }),
    csvFile('patrols.csv', data.patrols, { bom: true }),
    csvFile('mediation_cases.csv', data.mediation_cases, { delimiter: ';' }),
    xlsxFile('reports.xlsx', { incidents: data.incidents }),
  ];
  const result = await importFiles(imported, files, { who: WHO, today: TODAY });
  expect(result.problems).toEqual([]);
  expect(result.ok).toBe(true);
  const [meta] = await seeded.query<{ data_from: string; data_to: string }>(
    'SELECT data_from, data_to FROM meta',
  );
  months = { from: must(meta).data_from, to: must(meta).data_to };
  ids = {
    areas: data.areas.slice(1).map((r) => String(r[0])),
    groups: data.groups.slice(1, 4).map((r) => String(r[0])),
  };
  a = await serverTarget(seeded);
  b = await serverTarget(imported);
});
afterAll(async () => {
  await a?.close();
  await b?.close();
  await seeded?.close();
  await imported?.close();
});

function paths(): string[] {
  const out = ['/areas'];
  const range = `from=${months.from}&to=${months.to}`;
  for (const stat of ['incidents', 'patrols', 'mediation', 'reporting'])
    for (const level of ['province', 'district', 'ward']) out.push(`/stats/${stat}?level=${level}&${range}`);
  for (const level of ['province', 'district', 'ward']) out.push(`/stats/groups?level=${level}`);
  for (const area of ids.areas.slice(0, 3)) {
    out.push(`/stats/incidents?areaId=${area}&${range}`, `/stats/patrols?areaId=${area}&from=${months.to}`);
    out.push(
      `/patrols?areaId=${area}&pageSize=100`,
      `/mediation-cases?areaId=${area}&pageSize=100&sort=closedOn`,
    );
  }
  for (let page = 1; page <= 3; page++) out.push(`/patrols?pageSize=500&page=${page}&${range}`);
  out.push(
    `/mediation-cases?pageSize=500&${range}`,
    `/mediation-cases?pageSize=500&page=2&${range}&outcome=pending`,
  );
  out.push(
    '/groups?pageSize=500',
    '/groups?pageSize=50&status=inactive',
    `/groups?ids=${ids.groups.join(',')}`,
  );
  out.push(`/patrols?groupId=${ids.groups[0] ?? ''}&pageSize=100`);
  return out;
}

describe('round trip: seeded → template files → empty database', () => {
  it('every API answer equals the seeded database’s', async () => {
    let withItems = 0;
    for (const path of paths()) {
      const [want, got] = [await a.request(path), await b.request(path)];
      expect(want.status, path).toBe(200);
      expect({ path, ...got }).toEqual({ path, ...want });
      if (((want.body as { items?: unknown[] }).items?.length ?? 0) > 0) withItems++;
    }
    // The comparison is of real answers, not of empty lists.
    expect(withItems).toBeGreaterThan(paths().length - 3);
  });

  it('/meta has the same range, and says it is not the demo', async () => {
    const [want, got] = [await a.request('/meta'), await b.request('/meta')];
    expect(got.body).toMatchObject({ dataFrom: months.from, dataTo: months.to, demo: false });
    expect(want.body).toMatchObject({ dataFrom: months.from, dataTo: months.to });
  });

  it('the import is logged: who, files, SHA-256, rows per kind', async () => {
    const [entry] = await readLog(imported);
    const counts = await seeded.query<{ groups: number; patrols: number }>(
      'SELECT (SELECT count(*) FROM groups)::int AS groups, (SELECT count(*) FROM patrols)::int AS patrols',
    );
    expect(entry).toMatchObject({ importedBy: WHO, dataTo: months.to });
    expect(entry?.rows).toMatchObject({ groups: must(counts[0]).groups, patrols: must(counts[0]).patrols });
    expect(entry?.files.map((f) => f.name)).toEqual([
      'registers.xlsx',
      'patrols.csv',
      'mediation_cases.csv',
      'reports.xlsx',
    ]);
    for (const f of entry?.files ?? []) expect(f.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});
