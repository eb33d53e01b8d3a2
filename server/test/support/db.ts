// The test database: PGlite in memory, or, when ANTT_TEST_DATABASE_URL=postgres://… is set, that
// server in a fresh schema of its own (dropped on close), so the same suite runs on both.
import pg from 'pg';
import type { Db } from '../../src/db/db';
import { migrate } from '../../src/db/migrate';
import { openPglite } from '../../src/db/pglite';
import { openPostgres } from '../../src/db/postgres';
import { seed, type SeedOptions } from '../../src/seed/seed';
import { DEFAULT_AS_OF, DEFAULT_SEED } from '../../../mocks/generator';
import type { GenerateOptions } from '../../../mocks/generator';

/** A small national-shaped tree (country → 2 provinces → 3 districts → 4 wards), every level present. */
export const TEST_DATA: GenerateOptions & SeedOptions = {
  seed: DEFAULT_SEED,
  asOf: DEFAULT_AS_OF,
  size: { provinces: 2, districtsPerProvince: 3, wardsPerDistrict: 4 },
  // The three-level tree: scoping is tested at every level (district editors included).
  shape: 'with-districts',
};

export const TEST_DATABASE_URL = process.env.ANTT_TEST_DATABASE_URL;

export async function openTestDb(): Promise<Db> {
  if (!TEST_DATABASE_URL) return openPglite(null);
  const schema = `antt_test_${process.pid}_${Math.floor(Math.random() * 1e9)}`;
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const db = await openPostgres(TEST_DATABASE_URL, { schema, max: 4 });
  return {
    ...db,
    kind: db.kind,
    close: async () => {
      await db.close();
      const drop = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await drop.connect();
      await drop.query(`DROP SCHEMA ${schema} CASCADE`);
      await drop.end();
    },
  };
}

/** A migrated database seeded with `options` (default TEST_DATA). */
export async function seededTestDb(options: SeedOptions = TEST_DATA): Promise<Db> {
  const db = await openTestDb();
  await migrate(db);
  await seed(db, options);
  return db;
}
