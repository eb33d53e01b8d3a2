// `sort=wardName` orders the registers by the ward's name in Vietnamese collation (a < ă < â,
// d < đ), not by folded text or by id; PGlite has no Vietnamese collation, so the server binds the
// mock's own ranks. The wards get names whose folded order differs from the Vietnamese one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/db/db';
import { seededTestDb } from './support/db';
import { must } from './support/expect';
import { serverTarget, type Target } from './support/targets';

// In Vietnamese order; folded ("am ha" < "an lac", "da phuc" < "duong") it would differ.
const NAMES = ['Xã An Lạc', 'Xã Ăn Sơn', 'Xã Âm Hạ', 'Xã Bình Minh', 'Xã Dương Quang', 'Xã Đa Phúc'];
// Assigned out of order, so that neither tree order nor ids give the expected order.
const ASSIGNED = [4, 2, 5, 0, 3, 1];

let db: Db | undefined;
let server: Target;
const nameOf = new Map<string, string>();

beforeAll(async () => {
  db = await seededTestDb();
  const wards = await db.query<{ id: string }>(`SELECT id FROM areas WHERE level = 'ward' ORDER BY pre`);
  for (const [i, ward] of wards.entries()) {
    const name = must(NAMES[must(ASSIGNED[i % ASSIGNED.length])]);
    await db.query('UPDATE areas SET name = $1 WHERE id = $2', [name, ward.id]);
    nameOf.set(ward.id, name);
  }
  server = await serverTarget(db);
});
afterAll(async () => {
  await server?.close();
  await db?.close();
});

interface Row {
  id: string;
  wardId: string;
}

async function all(path: string): Promise<Row[]> {
  const rows: Row[] = [];
  for (let page = 1; ; page++) {
    const answer = await server.request(`${path}&pageSize=500&page=${page}`);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    const body = answer.body as { items: Row[]; total: number };
    rows.push(...body.items);
    if (body.items.length < 500) return rows;
  }
}

/** The contract's order: the ward's name in NAMES order, ties by id ascending. */
function expected(rows: readonly Row[], descending: boolean): string[] {
  const rank = (r: Row) => NAMES.indexOf(nameOf.get(r.wardId) ?? '');
  return [...rows]
    .sort((a, b) => (rank(a) - rank(b)) * (descending ? -1 : 1) || (a.id < b.id ? -1 : 1))
    .map((r) => r.id);
}

describe('registers sorted by the ward’s name', () => {
  it.each(['/groups?', '/patrols?from=2026-01&to=2026-03', '/mediation-cases?from=2025-07&to=2026-06'])(
    '%s in Vietnamese collation, both directions, ties by id',
    async (path) => {
      const sep = path.endsWith('?') ? '' : '&';
      const ascending = await all(`${path}${sep}sort=wardName`);
      expect(ascending.length).toBeGreaterThan(24);
      expect(ascending.map((r) => r.id)).toEqual(expected(ascending, false));
      expect(nameOf.get(must(ascending[0]).wardId)).toBe('Xã An Lạc');
      expect(nameOf.get(must(ascending.at(-1)).wardId)).toBe('Xã Đa Phúc');
      const descending = await all(`${path}${sep}sort=-wardName`);
      expect(descending.map((r) => r.id)).toEqual(expected(descending, true));
    },
  );

  it('within one area: the ranks of that area’s wards only', async () => {
    const [district] = await must(db).query<{ id: string }>(
      `SELECT id FROM areas WHERE level = 'district' ORDER BY pre LIMIT 1 OFFSET 1`,
    );
    const rows = await all(`/groups?areaId=${must(district).id}&sort=wardName`);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.wardId.startsWith(must(district).id))).toBe(true);
    expect(rows.map((r) => r.id)).toEqual(expected(rows, false));
  });
});
