// Rebuilds the pre-aggregated tables from the registers and ward_month, in SQL. Run after every
// load (seed does): area_month and area_groups are what the stats endpoints and register totals read.
import { FACT_COLUMNS, TYPE_COLUMNS } from './columns';
import type { Db } from './db';

export async function rebuildAggregates(db: Db): Promise<void> {
  const facts = FACT_COLUMNS.join(', ');
  const sums = FACT_COLUMNS.map((c) => `sum(f.${c})::int`).join(', ');
  await db.exec('TRUNCATE area_month, area_groups');
  // Every area × month: its wards' rows are one ward_ix range (an index range scan per area).
  await db.exec(`
    INSERT INTO area_month (pre, mo, area_id, level, wards, reported, ${facts})
    SELECT a.pre, f.mo, a.id, a.level, a.ward_end - a.ward_start,
           (count(*) FILTER (WHERE f.reported))::int, ${sums}
      FROM areas a
      JOIN ward_month f ON f.ward_ix >= a.ward_start AND f.ward_ix < a.ward_end
     GROUP BY a.pre, f.mo`);
  const types = TYPE_COLUMNS.map((t) => t.column);
  await db.exec(`
    WITH per_ward AS (
      SELECT ward_ix,
             count(*) FILTER (WHERE status = 'active') AS active,
             count(*) FILTER (WHERE status <> 'active') AS inactive,
             coalesce(sum(members) FILTER (WHERE status = 'active'), 0) AS members,
             count(DISTINCT residential_area) FILTER (WHERE status = 'active') AS covered,
             ${TYPE_COLUMNS.map((t) => `count(*) FILTER (WHERE status = 'active' AND type = '${t.type}') AS ${t.column}`).join(',\n             ')}
        FROM groups GROUP BY ward_ix)
    INSERT INTO area_groups (pre, area_id, level, active, inactive, members, covered, ${types.join(', ')})
    SELECT a.pre, a.id, a.level,
           coalesce(sum(w.active), 0)::int, coalesce(sum(w.inactive), 0)::int,
           coalesce(sum(w.members), 0)::int, coalesce(sum(w.covered), 0)::int,
           ${types.map((c) => `coalesce(sum(w.${c}), 0)::int`).join(', ')}
      FROM areas a
      LEFT JOIN per_ward w ON w.ward_ix >= a.ward_start AND w.ward_ix < a.ward_end
     GROUP BY a.pre`);
  await db.exec('ANALYZE');
}
