// The tree half of an import: an areas file replaces the tree, and the rows already in the
// database follow their ward to its new place in tree order (ward_ix); a ward that disappears while
// it still has rows makes the import fail, naming it (the transaction is rolled back).
import { AREA_COLUMNS } from '../seed/rows';
import type { Db } from '../db/db';
import { problemAt, type Problem } from './sheet';
import type { TreeRow } from './tree';

/** Replaces the tree; existing rows follow their ward to its new position (ward_ix). */
export async function replaceTree(tx: Db, tree: readonly TreeRow[], demo: boolean): Promise<void> {
  // The areas file has no boundaries: an area keeps the one it had under the same id (a province
  // re-importing its tree keeps its map), a new area has none (the map lists it as not drawn).
  const boundaries = new Map(
    (
      await tx.query<{ id: string; geometry: unknown }>(
        'SELECT id, geometry FROM areas WHERE geometry IS NOT NULL',
      )
    ).map((r) => [r.id, typeof r.geometry === 'string' ? r.geometry : JSON.stringify(r.geometry)]),
  );
  // The demo's groups and registers belong to the demo's tree: a real tree replaces all of it.
  if (demo) await tx.exec('TRUNCATE areas, groups, patrols, mediation_cases, ward_month');
  const old = await tx.query<{ ix: number; id: string }>(
    `SELECT ward_start AS ix, id FROM areas WHERE level = 'ward'`,
  );
  await tx.exec('DELETE FROM areas');
  await tx.copyRows(
    'areas',
    AREA_COLUMNS,
    tree.map((a) => [
      a.pre,
      a.id,
      a.name,
      a.level,
      a.levelRank,
      a.parentId,
      ...a.numbers,
      a.subEnd,
      a.wardStart,
      a.wardEnd,
      a.formerNames ? JSON.stringify(a.formerNames) : null,
      a.mergedOn,
      boundaries.get(a.id) ?? null,
    ]),
  );
  for (const table of ['groups', 'patrols', 'mediation_cases'])
    await tx.exec(
      `UPDATE ${table} t SET ward_ix = a.ward_start FROM areas a WHERE a.id = t.ward_id AND a.level = 'ward' AND t.ward_ix <> a.ward_start`,
    );
  const now = new Map(tree.filter((a) => a.level === 'ward').map((a) => [a.id, a.wardStart]));
  const moves = old.map((o) => [o.ix, now.get(o.id) ?? null] as const).filter(([a, b]) => a !== b);
  if (moves.length === 0) return;
  await tx.exec(
    'CREATE TEMP TABLE import_ward_map (old_ix integer PRIMARY KEY, new_ix integer) ON COMMIT DROP',
  );
  await tx.copyRows('import_ward_map', ['old_ix', 'new_ix'], moves);
  // Two steps through negative numbers: a swap of two wards never collides on the primary key.
  await tx.exec(
    `UPDATE ward_month w SET ward_ix = -1 - m.new_ix FROM import_ward_map m WHERE w.ward_ix = m.old_ix AND m.new_ix IS NOT NULL`,
  );
  await tx.exec(
    `DELETE FROM ward_month w USING import_ward_map m WHERE w.ward_ix = m.old_ix AND m.new_ix IS NULL AND NOT w.reported AND w.patrols = 0 AND w.inc_total = 0`,
  );
  await tx.exec('UPDATE ward_month SET ward_ix = -1 - ward_ix WHERE ward_ix < 0');
}

/** Rows left in wards that the imported tree no longer has: the import is refused, naming them. */
export async function orphans(tx: Db): Promise<Problem[]> {
  const rows = await tx.query<{ what: string; ward_id: string; n: number }>(
    `SELECT what, ward_id, count(*)::int AS n FROM (
       SELECT 'groups' AS what, ward_id FROM groups UNION ALL
       SELECT 'patrols', ward_id FROM patrols UNION ALL
       SELECT 'mediation_cases', ward_id FROM mediation_cases) r
      WHERE NOT EXISTS (SELECT 1 FROM areas a WHERE a.id = r.ward_id AND a.level = 'ward')
      GROUP BY what, ward_id ORDER BY what, ward_id LIMIT 100`,
  );
  const reports = await tx.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM ward_month w WHERE NOT EXISTS (SELECT 1 FROM areas a WHERE a.level = 'ward' AND a.ward_start = w.ward_ix)`,
  );
  const at = (value: string | null) => ({ file: 'areas', sheet: null, row: null, column: 'id', value });
  const problems: Problem[] = rows.map((r) =>
    problemAt(at(r.ward_id), 'wardMissingHasRecords', { count: r.n, kind: r.what }),
  );
  const reported = reports[0]?.n ?? 0;
  if (reported > 0) problems.push(problemAt(at(null), 'reportsOfMissingWards', { count: reported }));
  return problems;
}
