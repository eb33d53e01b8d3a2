// GET /stats/*: one indexed read of the pre-aggregated area_month (or area_groups) rows of the
// target areas, i.e. the areas at `level` in the requested subtree ([pre, sub_end) of the tree
// order). PostgreSQL builds the JSON itself (json_agg): the rows never become JS objects, which
// keeps the Node process free for more requests (a country's mediation stats are 420 rows × 24
// counts). Rows come area by area in tree order, months ascending, as the mock sends them.
// json_strip_nulls drops the zero keys of byCategory/byType (NULLIF), as the contract allows.
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { mediationCategories, mediationOutcomes } from '../../../src/api/schemas';
import { INCIDENT_COLUMNS, MEDIATION_COLUMNS, TYPE_COLUMNS } from '../db/columns';
import type { Db } from '../db/db';
import type { DataCache } from './cache';
import { Query } from './query';
import { areaScope, monthScope, targetLevel } from './scope';

const MONTH = `to_char(make_date(mo / 12, mo % 12 + 1, 1), 'YYYY-MM')`;

/** Σ of the mediation columns of `category` (null: all) with `outcome` (null: all). */
function mediationSum(category: string | null, outcome: string | null): string {
  return MEDIATION_COLUMNS.filter(
    (c) => (category === null || c.category === category) && (outcome === null || c.outcome === outcome),
  )
    .map((c) => c.column)
    .join(' + ');
}

function outcomeCounts(category: string | null): string {
  const pairs = mediationOutcomes.map((o) => `'${o}', ${mediationSum(category, o)}`);
  return `'received', ${mediationSum(category, null)}, ${pairs.join(', ')}`;
}

/** The JSON object of one row per endpoint (constants only: column names from src/db/columns.ts). */
const ROW = {
  incidents: `json_build_object('areaId', area_id, 'month', ${MONTH}, 'total', inc_total,
    'byCategory', json_build_object(${INCIDENT_COLUMNS.map((c) => `'${c.category}', nullif(${c.column}, 0)`).join(', ')}))`,
  // Durations are 90 + 30·k minutes, stored as Σk: hours = (3·patrols + Σk) / 2, exact halves.
  patrols: `json_build_object('areaId', area_id, 'month', ${MONTH}, 'patrols', patrols,
    'participants', participants, 'patrolHours', (3 * patrols + extra_half_hours)::float8 / 2,
    'findings', findings, 'dayPatrols', patrols - night_patrols, 'nightPatrols', night_patrols)`,
  mediation: `json_build_object('areaId', area_id, 'month', ${MONTH}, ${outcomeCounts(null)},
    'byCategory', json_build_object(${mediationCategories
      .map(
        (c) =>
          `'${c}', CASE WHEN ${mediationSum(c, null)} > 0 THEN json_build_object(${outcomeCounts(c)}) END`,
      )
      .join(', ')}))`,
  reporting: `json_build_object('areaId', area_id, 'month', ${MONTH}, 'wards', wards, 'reported', reported)`,
  groups: `json_build_object('areaId', area_id, 'activeGroups', active, 'inactiveGroups', inactive,
    'members', members, 'coveredResidentialAreas', covered,
    'byType', json_build_object(${TYPE_COLUMNS.map((t) => `'${t.type}', nullif(${t.column}, 0)`).join(', ')}))`,
} as const;

/** `{ "items": [...] }` from the rows `from … where` in tree order, as JSON text. */
async function sendItems(
  db: Db,
  reply: FastifyReply,
  row: string,
  from: string,
  order: string,
  params: unknown[],
): Promise<FastifyReply> {
  const [result] = await db.query<{ items: string }>(
    `SELECT coalesce(json_agg(json_strip_nulls(${row}) ORDER BY ${order}), '[]')::text AS items FROM ${from}`,
    params,
  );
  return reply.type('application/json; charset=utf-8').send(`{"items":${result?.items ?? '[]'}}`);
}

export const statsRoutes: FastifyPluginAsync<{ db: Db; cache: DataCache }> = async (app, { db, cache }) => {
  const monthly = (row: string, extra = '') =>
    async function handler(
      request: { url: string; caller: Parameters<typeof areaScope>[1] },
      reply: FastifyReply,
    ) {
      const data = await cache.get();
      const query = new Query(request.url);
      const months = monthScope(data, query);
      const area = areaScope(data, request.caller, query);
      const level = targetLevel(query, area);
      return sendItems(
        db,
        reply,
        row,
        `area_month WHERE level = $1 AND pre >= $2 AND pre < $3 AND mo >= $4 AND mo <= $5 ${extra}`,
        'pre, mo',
        [level, area.pre, area.sub_end, months.fromOrdinal, months.toOrdinal],
      );
    };

  // The contract lets months without incidents be left out; the mock leaves them out too.
  app.get('/stats/incidents', monthly(ROW.incidents, 'AND inc_total > 0'));
  app.get('/stats/patrols', monthly(ROW.patrols));
  app.get('/stats/mediation', monthly(ROW.mediation));
  app.get('/stats/reporting', monthly(ROW.reporting));

  // A snapshot: from/to do not apply (and, as in the mock, are not validated).
  app.get('/stats/groups', async (request, reply) => {
    const data = await cache.get();
    const query = new Query(request.url);
    const area = areaScope(data, request.caller, query);
    const level = targetLevel(query, area);
    return sendItems(
      db,
      reply,
      ROW.groups,
      'area_groups WHERE level = $1 AND pre >= $2 AND pre < $3',
      'pre',
      [level, area.pre, area.sub_end],
    );
  });
};
