// GET /stats/*: one indexed read of the pre-aggregated area_month (or area_groups) rows of the
// target areas, i.e. the areas at `level` in the requested subtree ([pre, sub_end) of the tree
// order). Rows come area by area in tree order, months ascending, as the mock sends them.
import type { FastifyPluginAsync } from 'fastify';
import type {
  GroupStat,
  GroupType,
  IncidentCategory,
  IncidentStat,
  MediationCategory,
  MediationOutcomeCounts,
  MediationStat,
  PatrolStat,
  ReportingStat,
} from '../../../src/api/schemas';
import { mediationCategories } from '../../../src/api/schemas';
import type { Caller } from '../caller';
import { INCIDENT_COLUMNS, MEDIATION_COLUMNS, TYPE_COLUMNS } from '../db/columns';
import type { Db } from '../db/db';
import type { DataCache, Snapshot } from './cache';
import { Query } from './query';
import { areaScope, monthOf, monthScope, targetLevel } from './scope';

type Row = Record<string, number> & { area_id: string; mo: number };

/** area_month rows for the request: `columns` are constants of src/db/columns.ts. */
async function monthlyRows(
  db: Db,
  data: Snapshot,
  caller: Caller,
  url: string,
  columns: readonly string[],
  where = '',
): Promise<Row[]> {
  const query = new Query(url);
  const months = monthScope(data, query);
  const area = areaScope(data, caller, query);
  const level = targetLevel(query, area);
  return db.query<Row>(
    `SELECT area_id, mo, ${columns.join(', ')} FROM area_month
      WHERE level = $1 AND pre >= $2 AND pre < $3 AND mo >= $4 AND mo <= $5 ${where}
      ORDER BY pre, mo`,
    [level, area.pre, area.sub_end, months.fromOrdinal, months.toOrdinal],
  );
}

const n = (row: Row, column: string): number => row[column] ?? 0;

function outcomeCounts(row: Row, category: MediationCategory | null): MediationOutcomeCounts {
  const counts = { received: 0, resolved: 0, referred: 0, unresolved: 0, pending: 0 };
  for (const c of MEDIATION_COLUMNS) {
    if (category !== null && c.category !== category) continue;
    counts[c.outcome] += n(row, c.column);
    counts.received += n(row, c.column);
  }
  return counts;
}

export const statsRoutes: FastifyPluginAsync<{ db: Db; cache: DataCache }> = async (app, { db, cache }) => {
  app.get('/stats/incidents', async (request): Promise<{ items: IncidentStat[] }> => {
    const columns = [...INCIDENT_COLUMNS.map((c) => c.column), 'inc_total'];
    // The contract lets months without incidents be left out; the mock leaves them out too.
    const rows = await monthlyRows(
      db,
      await cache.get(),
      request.caller,
      request.url,
      columns,
      'AND inc_total > 0',
    );
    return {
      items: rows.map((row) => {
        const byCategory: Partial<Record<IncidentCategory, number>> = {};
        for (const c of INCIDENT_COLUMNS) if (n(row, c.column) > 0) byCategory[c.category] = n(row, c.column);
        return { areaId: row.area_id, month: monthOf(row.mo), total: n(row, 'inc_total'), byCategory };
      }),
    };
  });

  app.get('/stats/patrols', async (request): Promise<{ items: PatrolStat[] }> => {
    const columns = ['patrols', 'night_patrols', 'participants', 'extra_half_hours', 'findings'];
    const rows = await monthlyRows(db, await cache.get(), request.caller, request.url, columns);
    return {
      items: rows.map((row) => ({
        areaId: row.area_id,
        month: monthOf(row.mo),
        patrols: n(row, 'patrols'),
        participants: n(row, 'participants'),
        // Durations are 90 + 30·k minutes, stored as Σk: hours = (3·patrols + Σk) / 2, exact halves.
        patrolHours: (3 * n(row, 'patrols') + n(row, 'extra_half_hours')) / 2,
        findings: n(row, 'findings'),
        dayPatrols: n(row, 'patrols') - n(row, 'night_patrols'),
        nightPatrols: n(row, 'night_patrols'),
      })),
    };
  });

  app.get('/stats/mediation', async (request): Promise<{ items: MediationStat[] }> => {
    const rows = await monthlyRows(
      db,
      await cache.get(),
      request.caller,
      request.url,
      MEDIATION_COLUMNS.map((c) => c.column),
    );
    return {
      items: rows.map((row) => {
        const byCategory: Partial<Record<MediationCategory, MediationOutcomeCounts>> = {};
        for (const category of mediationCategories) {
          const counts = outcomeCounts(row, category);
          if (counts.received > 0) byCategory[category] = counts; // a missing key means all 0
        }
        return { areaId: row.area_id, month: monthOf(row.mo), ...outcomeCounts(row, null), byCategory };
      }),
    };
  });

  app.get('/stats/reporting', async (request): Promise<{ items: ReportingStat[] }> => {
    const rows = await monthlyRows(db, await cache.get(), request.caller, request.url, ['wards', 'reported']);
    return {
      items: rows.map((row) => ({
        areaId: row.area_id,
        month: monthOf(row.mo),
        wards: n(row, 'wards'),
        reported: n(row, 'reported'),
      })),
    };
  });

  // A snapshot: from/to do not apply (and, as in the mock, are not validated).
  app.get('/stats/groups', async (request): Promise<{ items: GroupStat[] }> => {
    const data = await cache.get();
    const query = new Query(request.url);
    const area = areaScope(data, request.caller, query);
    const level = targetLevel(query, area);
    const rows = await db.query<Row>(
      `SELECT area_id, active, inactive, members, covered, ${TYPE_COLUMNS.map((t) => t.column).join(', ')}
         FROM area_groups WHERE level = $1 AND pre >= $2 AND pre < $3 ORDER BY pre`,
      [level, area.pre, area.sub_end],
    );
    return {
      items: rows.map((row) => {
        const byType: Partial<Record<GroupType, number>> = {};
        for (const t of TYPE_COLUMNS) if (n(row, t.column) > 0) byType[t.type] = n(row, t.column);
        return {
          areaId: row.area_id,
          activeGroups: n(row, 'active'),
          inactiveGroups: n(row, 'inactive'),
          members: n(row, 'members'),
          byType,
          coveredResidentialAreas: n(row, 'covered'),
        };
      }),
    };
  });
};
