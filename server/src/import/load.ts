// The import itself: one transaction per command, after validation found nothing wrong. A record
// id or ward-month that exists is replaced (delete, then insert), so the same files imported twice
// leave the same rows. Patrol and mediation figures of ward_month are recomputed from the
// registers for every ward-month the import touched (old and new rows alike); incident figures
// and the reported flag come from the monthly reports. Then the aggregates and the meta row.
import { rebuildAggregates } from '../db/aggregates';
import { INCIDENT_COLUMNS, MEDIATION_COLUMNS } from '../db/columns';
import type { Db } from '../db/db';
import {
  caseRow,
  GROUP_COLUMNS,
  groupRow,
  MEDIATION_COLUMNS as CASE_COLUMNS,
  PATROL_COLUMNS,
  patrolRow,
} from '../seed/rows';
import type { Records } from './records';
import type { Problem } from './sheet';
import { orphans, replaceTree } from './replace-tree';
import type { TreeRow } from './tree';

/** The advisory lock imports hold while they write (serial.ts holds it for a whole import). */
export const IMPORT_LOCK = 80_080_009;
const CHUNK = 10_000;
const MO = (col: string) => `(extract(year FROM ${col})::int * 12 + extract(month FROM ${col})::int - 1)`;
const monthOrdinal = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
export const ordinalMonth = (mo: number) =>
  `${Math.floor(mo / 12)}-${String((mo % 12) + 1).padStart(2, '0')}`;

/** Thrown inside the transaction when the database itself refuses the import (rolled back). */
export class ImportRejected extends Error {
  constructor(readonly problems: Problem[]) {
    super(`${problems.length} problems`);
  }
}

async function inChunks(ids: readonly string[], fn: (chunk: string[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < ids.length; i += CHUNK) await fn(ids.slice(i, i + CHUNK));
}

const PATROL_SUMS = `count(*)::int, (count(*) FILTER (WHERE shift = 'night'))::int, coalesce(sum(participants), 0)::int,
  coalesce(sum(round(duration_minutes / 30.0) - 3), 0)::int, coalesce(sum(findings), 0)::int`;
const MEDIATION_SUMS = MEDIATION_COLUMNS.map(
  (c) =>
    `(count(*) FILTER (WHERE category = '${c.category}' AND outcome = '${c.outcome}'))::int AS ${c.column}`,
).join(', ');
const IN_MONTH = (col: string) =>
  `${col} >= make_date(t.mo / 12, t.mo % 12 + 1, 1) AND ${col} < make_date(t.mo / 12, t.mo % 12 + 1, 1) + interval '1 month'`;
const INC = INCIDENT_COLUMNS.map((c) => c.column);
const MED = MEDIATION_COLUMNS.map((c) => c.column);

/** Recomputes the register-derived columns of every touched ward-month. */
async function recompute(tx: Db): Promise<void> {
  const patrolCols = ['patrols', 'night_patrols', 'participants', 'extra_half_hours', 'findings'];
  await tx.exec(`
    INSERT INTO ward_month (ward_ix, mo, reported, ${INC.join(', ')}, inc_total, ${patrolCols.join(', ')}, ${MED.join(', ')})
    SELECT t.ward_ix, t.mo, false, ${INC.map(() => '0').join(', ')}, 0, p.*, m.*
      FROM (SELECT DISTINCT ward_ix, mo FROM import_touched) t
     CROSS JOIN LATERAL (SELECT ${PATROL_SUMS} FROM patrols WHERE ward_ix = t.ward_ix AND ${IN_MONTH('date')}) p
     CROSS JOIN LATERAL (SELECT ${MEDIATION_SUMS} FROM mediation_cases WHERE ward_ix = t.ward_ix AND ${IN_MONTH('received_on')}) m
    ON CONFLICT (ward_ix, mo) DO UPDATE SET ${[...patrolCols, ...MED].map((c) => `${c} = EXCLUDED.${c}`).join(', ')}`);
  // A ward-month with neither a report nor a record any more is no row at all (as never imported).
  await tx.exec(`
    DELETE FROM ward_month w USING (SELECT DISTINCT ward_ix, mo FROM import_touched) t
     WHERE w.ward_ix = t.ward_ix AND w.mo = t.mo AND NOT w.reported AND w.patrols = 0 AND ${MED.join(' + ')} = 0`);
}

export interface LoadMeta {
  dataTo: string;
  demo: boolean;
  /** The data set's name as it stands (kept), or null: then the root area's name. */
  name: string | null;
}

export async function load(
  tx: Db,
  records: Records,
  tree: readonly TreeRow[] | null,
  meta: LoadMeta,
): Promise<{ dataFrom: string }> {
  await tx.query('SELECT pg_advisory_xact_lock($1)', [IMPORT_LOCK]);
  if (tree) await replaceTree(tx, tree, meta.demo);
  const ix = new Map(
    (
      await tx.query<{ id: string; ix: number }>(
        `SELECT id, ward_start AS ix FROM areas WHERE level = 'ward'`,
      )
    ).map((r) => [r.id, r.ix]),
  );
  const wardIx = (id: string) => ix.get(id) ?? -1;
  await inChunks(
    records.groups.map((g) => g.id),
    (ids) => tx.query('DELETE FROM groups WHERE id = ANY($1)', [ids]),
  );
  await tx.copyRows(
    'groups',
    GROUP_COLUMNS,
    records.groups.map((g) => groupRow(g, wardIx(g.wardId))),
  );
  await tx.exec('CREATE TEMP TABLE import_touched (ward_ix integer, mo integer) ON COMMIT DROP');
  // The ward-months of the rows about to be replaced lose them: they are recomputed too.
  // Table and date column are fixed here, never from input; the ids are parameters.
  for (const [table, dateColumn, ids] of [
    ['patrols', 'date', records.patrols.map((p) => p.id)],
    ['mediation_cases', 'received_on', records.cases.map((c) => c.id)],
  ] as const) {
    await inChunks(ids, async (chunk) => {
      await tx.query(
        `INSERT INTO import_touched SELECT ward_ix, ${MO(dateColumn)} FROM ${table} WHERE id = ANY($1)`,
        [chunk],
      );
      await tx.query(`DELETE FROM ${table} WHERE id = ANY($1)`, [chunk]);
    });
  }
  await tx.copyRows(
    'patrols',
    PATROL_COLUMNS,
    records.patrols.map((p) => patrolRow(p, wardIx(p.wardId))),
  );
  await tx.copyRows(
    'mediation_cases',
    CASE_COLUMNS,
    records.cases.map((c) => caseRow(c, wardIx(c.wardId))),
  );
  const touched = new Set<string>();
  for (const p of records.patrols) touched.add(`${wardIx(p.wardId)},${monthOrdinal(p.date)}`);
  for (const c of records.cases) touched.add(`${wardIx(c.wardId)},${monthOrdinal(c.receivedOn)}`);
  await tx.copyRows(
    'import_touched',
    ['ward_ix', 'mo'],
    [...touched].map((k) => k.split(',').map(Number)),
  );
  await recompute(tx);
  if (records.incidents.length > 0) {
    await tx.exec(
      `CREATE TEMP TABLE import_reports (ward_ix integer, mo integer, ${INC.map((c) => `${c} integer`).join(', ')}) ON COMMIT DROP`,
    );
    await tx.copyRows(
      'import_reports',
      ['ward_ix', 'mo', ...INC],
      records.incidents.map((i) => [wardIx(i.wardId), monthOrdinal(i.month), ...i.counts]),
    );
    await tx.exec(`
      INSERT INTO ward_month (ward_ix, mo, reported, ${INC.join(', ')}, inc_total, patrols, night_patrols, participants, extra_half_hours, findings, ${MED.join(', ')})
      SELECT ward_ix, mo, true, ${INC.join(', ')}, ${INC.join(' + ')}, 0, 0, 0, 0, 0, ${MED.map(() => '0').join(', ')} FROM import_reports
      ON CONFLICT (ward_ix, mo) DO UPDATE SET reported = true, ${[...INC, 'inc_total'].map((c) => `${c} = EXCLUDED.${c}`).join(', ')}`);
  }
  const left = await orphans(tx);
  if (left.length > 0) throw new ImportRejected(left);
  await rebuildAggregates(tx);
  const [span] = await tx.query<{ first: number | null; root: string | null }>(
    'SELECT (SELECT min(mo) FROM ward_month) AS first, (SELECT name FROM areas WHERE pre = 0) AS root',
  );
  const first = span?.first ?? null;
  const dataFrom = first === null || ordinalMonth(first) > meta.dataTo ? meta.dataTo : ordinalMonth(first);
  await tx.exec('DELETE FROM meta');
  await tx.query(
    'INSERT INTO meta (data_from, data_to, generated_at, name, demo) VALUES ($1, $2, clock_timestamp(), $3, $4)',
    [dataFrom, meta.dataTo, meta.name ?? span?.root ?? null, tree ? false : meta.demo],
  );
  return { dataFrom };
}
