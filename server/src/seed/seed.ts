// Loads a data set of the seeded generator (mocks/generator) into a migrated database: the same
// seed, size and as-of month give exactly the data the browser mock serves. Bulk loading (COPY on
// PGlite, unnest batches on PostgreSQL) ward range by ward range, with the registers' secondary
// indexes dropped during the load and rebuilt after; then the aggregates are built in SQL.
import { generateDataset, lastCompleteMonth } from '../../../mocks/generator';
import { addMonths } from '../../../mocks/generator/dates';
import type { Shape, SizeOption } from '../../../mocks/generator/types';
import { rebuildAggregates } from '../db/aggregates';
import type { Db } from '../db/db';
import {
  AREA_COLUMNS,
  areaRows,
  GROUP_COLUMNS,
  groupRows,
  MEDIATION_COLUMNS,
  mediationRows,
  PATROL_COLUMNS,
  patrolRows,
  WARD_MONTH_COLUMNS,
  wardMonthRows,
} from './rows';

export interface SeedOptions {
  size?: SizeOption;
  seed?: number;
  /** Last month of the history "YYYY-MM"; default: the last complete month before today. */
  asOf?: string;
  /** Default: today's tree, 'reformed' (as the mock). */
  shape?: Shape;
  /** Months of history (default 60, as the mock). */
  months?: number;
  log?: (message: string) => void;
}

export interface SeedSummary {
  areas: number;
  groups: number;
  patrols: number;
  mediationCases: number;
  dataFrom: string;
  dataTo: string;
  milliseconds: number;
}

/** Wards generated and loaded per step (bounds memory; progress is logged per step). */
const WARDS_PER_STEP = 256;
const REGISTERS = ['patrols', 'mediation_cases'];

export async function seed(db: Db, options: SeedOptions = {}): Promise<SeedSummary> {
  const started = performance.now();
  const log = options.log ?? (() => undefined);
  const asOf = options.asOf ?? lastCompleteMonth(new Date());
  const ds = generateDataset({
    seed: options.seed,
    asOf,
    size: options.size,
    shape: options.shape,
    months: options.months,
  });
  const wards = ds.wards.length;
  log(`seed: ${ds.root.name}, ${ds.areas.length} areas, ${wards} wards, ${ds.dataFrom} … ${ds.asOf}`);
  await db.transaction(async (tx) => {
    await tx.exec(
      'TRUNCATE areas, groups, patrols, mediation_cases, ward_month, area_month, area_groups, meta',
    );
    // Loading into unindexed tables and indexing once is several times faster than index upkeep.
    const indexes = await tx.query<{ name: string; def: string }>(
      `SELECT indexname AS name, indexdef AS def FROM pg_indexes
        WHERE schemaname = current_schema() AND tablename = ANY($1) AND indexname NOT LIKE '%_pkey'`,
      [REGISTERS],
    );
    for (const index of indexes) await tx.exec(`DROP INDEX "${index.name.replaceAll('"', '""')}"`);
    await tx.copyRows('areas', AREA_COLUMNS, areaRows(ds));
    for (let w = 0; w < wards; w += WARDS_PER_STEP) {
      const end = Math.min(wards, w + WARDS_PER_STEP);
      await tx.copyRows('groups', GROUP_COLUMNS, groupRows(ds, w, end));
      await tx.copyRows('ward_month', WARD_MONTH_COLUMNS, wardMonthRows(ds, w, end));
      await tx.copyRows('patrols', PATROL_COLUMNS, patrolRows(ds, w, end));
      await tx.copyRows('mediation_cases', MEDIATION_COLUMNS, mediationRows(ds, w, end));
      log(`seed: wards ${end}/${wards} (${Math.round((performance.now() - started) / 1000)} s)`);
    }
    for (const index of indexes) await tx.exec(index.def);
    log(`seed: indexes rebuilt (${Math.round((performance.now() - started) / 1000)} s)`);
    await tx.query(
      `INSERT INTO meta (data_from, data_to, generated_at, name, demo, seed, size)
       VALUES ($1, $2, $3::timestamptz, $4, true, $5, $6)`,
      [
        ds.dataFrom,
        ds.asOf,
        // As the mock: the month's reports published on the 5th of the next month (never the clock).
        `${addMonths(ds.asOf, 1)}-05T06:00:00Z`,
        `Demo: ${ds.root.name}`,
        ds.seed,
        typeof ds.size === 'string' ? ds.size : JSON.stringify(ds.size),
      ],
    );
    await rebuildAggregates(tx);
  });
  const [counts] = await db.query<{ groups: number; patrols: number; cases: number }>(
    `SELECT (SELECT count(*) FROM groups)::int AS groups, (SELECT count(*) FROM patrols)::int AS patrols,
            (SELECT count(*) FROM mediation_cases)::int AS cases`,
  );
  const summary: SeedSummary = {
    areas: ds.areas.length,
    groups: counts?.groups ?? 0,
    patrols: counts?.patrols ?? 0,
    mediationCases: counts?.cases ?? 0,
    dataFrom: ds.dataFrom,
    dataTo: ds.asOf,
    milliseconds: Math.round(performance.now() - started),
  };
  log(`seed: done in ${(summary.milliseconds / 1000).toFixed(1)} s: ${JSON.stringify(summary)}`);
  return summary;
}

/** Whether the (migrated) database already holds a data set: `npm start` seeds only an empty one. */
export async function hasData(db: Db): Promise<boolean> {
  const rows = await db.query<{ one: number }>('SELECT 1 AS one FROM meta LIMIT 1');
  return rows.length > 0;
}
