// The drivers, migrations and seed on their own: bulk loading escapes every value, migrations
// apply once, re-seeding replaces the data, and a tree without districts answers like the mock.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_AS_OF, generateDataset } from '../../mocks/generator';
import { responseSchemas, type ApiPath } from '../../src/api/schemas';
import type { Db } from '../src/db/db';
import { migrate } from '../src/db/migrate';
import { openDb } from '../src/db/open';
import { hasData, seed, type SeedOptions } from '../src/seed/seed';
import { openTestDb } from './support/db';
import { mockTarget, serverTarget } from './support/targets';

const NO_DISTRICTS: SeedOptions = {
  seed: 7,
  asOf: DEFAULT_AS_OF,
  size: { provinces: 1, districtsPerProvince: 2, wardsPerDistrict: 3 },
  shape: 'no-districts',
  months: 14,
};

let db: Db;
beforeAll(async () => {
  db = await openTestDb();
});
afterAll(async () => {
  await db?.close();
});

describe('drivers', () => {
  it('copyRows round-trips awkward text, nulls and numbers', async () => {
    await db.exec('CREATE TABLE copy_probe (t text, n integer, b boolean, d date)');
    const rows = [
      ['a,"b"\nc\\d', 1, true, '2024-02-29'],
      ['', 0, false, null],
      [null, -5, null, '2026-10-31'],
      ['Hòa Bình – Đ\u0001 ', 2147483647, true, '1999-01-01'],
    ];
    await db.copyRows('copy_probe', ['t', 'n', 'b', 'd'], rows);
    const back = await db.query<{ t: string | null; n: number; b: boolean | null; d: string | null }>(
      `SELECT t, n, b, to_char(d, 'YYYY-MM-DD') AS d FROM copy_probe ORDER BY n`,
    );
    expect(back.map((r) => [r.t, r.n, r.b, r.d])).toEqual(
      [...rows].sort((x, y) => Number(x[1]) - Number(y[1])),
    );
  });

  it('a bad bulk row fails the load, and the database still answers', async () => {
    await expect(
      db.copyRows(
        'copy_probe',
        ['t', 'n'],
        [
          ['ok', 1],
          ['bad', 'not a number'],
        ],
      ),
    ).rejects.toThrow();
    await expect(db.copyRows('copy_probe', ['t', 'n'], [['short']])).rejects.toThrow(/row has 1 values/);
    expect(await db.query("SELECT 1 FROM copy_probe WHERE t = 'ok'")).toEqual([]);
    expect(await db.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
  });

  it('parameters are values, never SQL', async () => {
    const [row] = await db.query<{ v: string }>('SELECT $1::text AS v', ["'; DROP TABLE copy_probe; --"]);
    expect(row?.v).toBe("'; DROP TABLE copy_probe; --");
    expect(await db.query('SELECT 1 FROM copy_probe LIMIT 1')).toHaveLength(1);
  });

  it('a failed transaction leaves nothing behind', async () => {
    await expect(
      db.transaction(async (tx) => {
        await tx.query("INSERT INTO copy_probe (t, n) VALUES ('rolled back', 42)");
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await db.query("SELECT 1 FROM copy_probe WHERE t = 'rolled back'")).toEqual([]);
  });

  it('openDb refuses URLs it does not know', async () => {
    await expect(openDb('mysql://x')).rejects.toThrow(/Unsupported database URL/);
    await expect(openDb('pglite:')).rejects.toThrow(/needs a directory/);
  });

  it('pglite:<directory> keeps its data across opens', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'antt-pglite-'));
    try {
      const first = await openDb(`pglite:${dir}`);
      expect(await migrate(first)).toEqual([
        '001_schema.sql',
        '002_imports.sql',
        '003_import_area.sql',
        '004_area_mergers.sql',
        '005_area_geometry.sql',
      ]);
      await first.close();
      const again = await openDb(`pglite:${dir}`);
      expect(await migrate(again)).toEqual([]);
      await again.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('migrate and seed', () => {
  it('applies each migration once', async () => {
    expect(await migrate(db)).toEqual([
      '001_schema.sql',
      '002_imports.sql',
      '003_import_area.sql',
      '004_area_mergers.sql',
      '005_area_geometry.sql',
    ]);
    expect(await migrate(db)).toEqual([]);
    expect(await hasData(db)).toBe(false);
  });

  it('seeding again replaces the data set', async () => {
    const first = await seed(db, { ...NO_DISTRICTS, seed: 1 });
    const second = await seed(db, NO_DISTRICTS);
    const ds = generateDataset(NO_DISTRICTS);
    const patrols = ds.wards.reduce((s, _, w) => s + ds.wardMonthly(w).patrols.reduce((a, b) => a + b, 0), 0);
    expect(second).toMatchObject({ areas: ds.areas.length, patrols, dataFrom: ds.dataFrom, dataTo: ds.asOf });
    expect(first.patrols).not.toBe(second.patrols);
    expect(await hasData(db)).toBe(true);
    const [count] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM patrols');
    expect(count?.n).toBe(patrols);
  });

  it('a tree without districts answers as the mock does (a missing level: no rows)', async () => {
    const ds = generateDataset(NO_DISTRICTS);
    const mock = mockTarget(ds);
    const server = await serverTarget(db);
    try {
      const paths = [
        '/areas',
        '/meta',
        '/stats/incidents?level=district',
        '/stats/groups?level=district',
        '/stats/patrols?level=ward&from=2020-01',
        '/stats/mediation?level=ward',
        '/stats/reporting?level=ward&to=2026-01',
        '/patrols?sort=-participants&pageSize=100&page=2',
        '/mediation-cases?from=2025-09&sort=groupName',
      ];
      for (const path of paths) {
        const [a, b] = await Promise.all([mock.request(path), server.request(path)]);
        const schema = responseSchemas[path.split('?')[0] as ApiPath];
        expect(b.status, path).toBe(200);
        expect(schema.parse(b.body), path).toEqual(schema.parse(a.body));
      }
      const none = responseSchemas['/stats/incidents'].parse(
        (await server.request('/stats/incidents?level=district')).body,
      );
      expect(none.items).toEqual([]);
    } finally {
      mock.close();
      await server.close();
    }
  });
});
