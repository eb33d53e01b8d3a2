// GET /mediation-cases: cases in the wards of the requested subtree received in from–to.
import type { FastifyPluginAsync } from 'fastify';
import {
  mediationCategories,
  mediationOutcomes,
  type MediationCase,
  type Page,
} from '../../../src/api/schemas';
import { MEDIATION_COLUMNS } from '../db/columns';
import type { Db } from '../db/db';
import type { DataCache } from './cache';
import { paging, Params, type SortColumns } from './paging';
import { Query } from './query';
import { aggregateTotal, groupNames, registerPage } from './registers';
import { areaScope, monthScope } from './scope';

const SORT: SortColumns = {
  id: ['r.id'],
  wardId: ['r.ward_id'],
  groupId: ['r.group_id'],
  groupName: ['g.name_fold', 'g.name'],
  category: ['r.category'],
  receivedOn: ['r.received_on'],
  closedOn: ['r.closed_on'],
  outcome: ['r.outcome'],
};

interface CaseRow {
  id: string;
  ward_id: string;
  group_id: string;
  category: MediationCase['category'];
  received_on: string;
  closed_on: string | null;
  outcome: MediationCase['outcome'];
}

export const mediationRoutes: FastifyPluginAsync<{ db: Db; cache: DataCache }> = async (
  app,
  { db, cache },
) => {
  app.get('/mediation-cases', async (request): Promise<Page<MediationCase>> => {
    const data = await cache.get();
    const query = new Query(request.url);
    const category = query.oneOf('category', mediationCategories);
    const outcome = query.oneOf('outcome', mediationOutcomes);
    const months = monthScope(data, query);
    const page = paging(query, SORT, '-receivedOn', 'r.id', 'r.ward_ix');
    const area = areaScope(data, request.caller, query);

    const params = new Params();
    const conditions: string[] = [];
    if (category !== undefined) conditions.push(`r.category = ${params.add(category)}`);
    if (outcome !== undefined) conditions.push(`r.outcome = ${params.add(outcome)}`);
    const { rows } = await registerPage<CaseRow>(
      db,
      area,
      months,
      page,
      {
        table: 'mediation_cases',
        dateColumn: 'received_on',
        select: `r.id, r.ward_id, r.group_id, r.category, to_char(r.received_on, 'YYYY-MM-DD') AS received_on,
                 to_char(r.closed_on, 'YYYY-MM-DD') AS closed_on, r.outcome`,
        conditions,
        params,
        wardNameRanks: data.wardNameRanks(),
        joinGroups: page.field === 'groupName',
      },
      false,
    );
    // Cases are counted per month of receipt by category and outcome in area_month.
    const columns = MEDIATION_COLUMNS.filter(
      (c) =>
        (category === undefined || c.category === category) &&
        (outcome === undefined || c.outcome === outcome),
    ).map((c) => c.column);
    const total = await aggregateTotal(db, area, months, columns.join(' + '));
    const names = await groupNames(
      db,
      rows.map((r) => r.group_id),
    );
    return {
      items: rows.map((r) => ({
        id: r.id,
        wardId: r.ward_id,
        groupId: r.group_id,
        groupName: names.get(r.group_id) ?? null,
        category: r.category,
        receivedOn: r.received_on,
        closedOn: r.closed_on,
        outcome: r.outcome,
      })),
      total,
      page: page.page,
      pageSize: page.pageSize,
    };
  });
};
