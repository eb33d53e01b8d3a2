// Today's tree (the 2025 reform) in and out of the reference server: the seed keeps each unit's
// former names and merger date, /areas answers them as the mock does, and an areas file carrying
// them (former_names "A; B", merged_on) imports them back unchanged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../../mocks/generator';
import type { Db } from '../src/db/db';
import { migrate } from '../src/db/migrate';
import { importFiles } from '../src/import/import';
import { openTestDb, seededTestDb } from './support/db';
import { csvFile, exportKinds } from './support/import-files';
import { TODAY, WHO } from './support/import-fixture';
import { mockTarget, serverTarget, type Target } from './support/targets';

const DATA = {
  seed: 11,
  asOf: '2026-10',
  size: { provinces: 1, districtsPerProvince: 3, wardsPerDistrict: 5 },
  shape: 'reformed',
  months: 14,
} as const;
const ds = generateDataset(DATA);

let seeded: Db;
let imported: Db;
const targets: Target[] = [];

beforeAll(async () => {
  seeded = await seededTestDb(DATA);
  await seeded.exec('UPDATE meta SET demo = false');
  imported = await openTestDb();
  await migrate(imported);
  const data = await exportKinds(seeded);
  const result = await importFiles(
    imported,
    [
      csvFile('areas.csv', data.areas),
      csvFile('groups.csv', data.groups),
      csvFile('incidents.csv', data.incidents),
    ],
    { who: WHO, today: TODAY },
  );
  expect(result.problems.slice(0, 3)).toEqual([]);
  expect(result.ok).toBe(true);
});
afterAll(async () => {
  for (const t of targets) await t.close();
  await seeded?.close();
  await imported?.close();
});

describe('areas merged in the 2025 reform', () => {
  it('the generated tree has merged units (the test would prove nothing otherwise)', () => {
    expect(ds.areas.filter((a) => (a.formerNames?.length ?? 0) > 1).length).toBeGreaterThan(2);
  });

  it('/areas carries formerNames and mergedOn, as the mock answers them, before and after an import', async () => {
    const mock = mockTarget(ds);
    const server = await serverTarget(seeded);
    const reimported = await serverTarget(imported);
    targets.push(mock, server, reimported);
    const expected = (await mock.request('/areas')).body;
    expect((await server.request('/areas')).body).toEqual(expected);
    expect((await reimported.request('/areas')).body).toEqual(expected);
    const merged = ds.areas.find((a) => a.formerNames);
    expect(JSON.stringify(expected)).toContain(JSON.stringify(merged?.formerNames));
  });
});
