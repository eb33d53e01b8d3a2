// The import tests' data set: a small seeded tree (1 province × 2 districts × 3 wards, 14 months),
// marked as a real data set (demo: false) so an areas import keeps its rows and is checked against them.
import { DEFAULT_AS_OF, DEFAULT_SEED } from '../../../mocks/generator';
import type { SeedOptions } from '../../src/seed/seed';
import type { Db } from '../../src/db/db';
import { seededTestDb } from './db';

export const IMPORT_DATA: SeedOptions = {
  seed: DEFAULT_SEED,
  asOf: DEFAULT_AS_OF,
  size: { provinces: 1, districtsPerProvince: 2, wardsPerDistrict: 3 },
  // Districts: scoping of imports is tested for a district editor too.
  shape: 'with-districts',
  months: 14,
};

/** The day the tests run "on": after the data's last month, never the clock. */
export const TODAY = '2026-11-20';
export const WHO = 'test:importer';

export async function importTestDb(): Promise<Db> {
  const db = await seededTestDb(IMPORT_DATA);
  await db.exec('UPDATE meta SET demo = false');
  return db;
}
