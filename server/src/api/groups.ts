// GET /groups: the groups of the wards in the requested subtree, filtered, sorted and paged in SQL.
import type { FastifyPluginAsync } from 'fastify';
import { groupTypes, recognitions, type Group, type Page } from '../../../src/api/schemas';
import { foldText } from '../../../mocks/api/query';
import type { Db } from '../db/db';
import type { DataCache } from './cache';
import { paging, Params, type SortColumns } from './paging';
import { badRequest } from './problem';
import { Query } from './query';
import { areaScope } from './scope';

/** Most ids one `ids` request may name (contract v1.1). */
export const MAX_GROUP_IDS = 500;

const SORT: SortColumns = {
  id: ['id'],
  name: ['name_fold', 'name'],
  type: ['type'],
  wardId: ['ward_id'],
  residentialArea: ['residential_area_fold', 'residential_area'],
  establishedOn: ['established_on'],
  members: ['members'],
  leader: ['leader_fold', 'leader'],
  status: ['status'],
  recognition: ['recognition'],
};

interface GroupRow {
  id: string;
  name: string;
  type: Group['type'];
  ward_id: string;
  residential_area: string;
  established_on: string;
  members: number;
  leader: string;
  status: Group['status'];
  recognition: Group['recognition'];
}

export const groupRoutes: FastifyPluginAsync<{ db: Db; cache: DataCache }> = async (app, { db, cache }) => {
  app.get('/groups', async (request): Promise<Page<Group>> => {
    const data = await cache.get();
    const query = new Query(request.url);
    const type = query.oneOf('type', groupTypes);
    const status = query.oneOf('status', ['active', 'inactive']);
    const recognition = query.listOf('recognition', recognitions);
    const q = query.string('q');
    const rawIds = query.string('ids');
    const ids = rawIds?.split(',').map((id) => id.trim());
    if (ids?.some((id) => id === '')) throw badRequest('Parameter "ids" must not contain an empty id');
    if (ids && ids.length > MAX_GROUP_IDS)
      throw badRequest(`Parameter "ids" names ${ids.length} groups; at most ${MAX_GROUP_IDS} are allowed`);
    const page = paging(query, SORT, 'id', 'id', 'ward_ix');
    const area = areaScope(data, request.caller, query);

    const p = new Params();
    const where = [`ward_ix >= ${p.add(area.ward_start)}`, `ward_ix < ${p.add(area.ward_end)}`];
    if (ids) where.push(`id = ANY(${p.add(ids)}::text[])`);
    if (type) where.push(`type = ${p.add(type)}`);
    if (status) where.push(`status = ${p.add(status)}`);
    if (recognition) where.push(`recognition = ANY(${p.add(recognition)}::text[])`);
    // The same folding as the mock's, so "hoa binh" finds "Hòa Bình".
    if (q !== undefined) where.push(`strpos(name_fold, ${p.add(foldText(q))}) > 0`);
    const filter = where.join(' AND ');
    // Unfiltered, the total is the area's snapshot (area_groups); filtered, a count on the index.
    const unfiltered = where.length === 2;
    const [counted] = unfiltered
      ? await db.query<{ total: number }>(
          'SELECT active + inactive AS total FROM area_groups WHERE pre = $1',
          [area.pre],
        )
      : await db.query<{ total: number }>(
          `SELECT count(*)::int AS total FROM groups WHERE ${filter}`,
          p.values,
        );
    const orderBy = page.orderBy(p, data.wardNameRanks(), area);
    const limit = p.add(page.pageSize);
    const offset = p.add(page.offset);
    const rows = await db.query<GroupRow>(
      `SELECT id, name, type, ward_id, residential_area, to_char(established_on, 'YYYY-MM-DD') AS established_on,
              members, leader, status, recognition
         FROM groups WHERE ${filter} ORDER BY ${orderBy} LIMIT ${limit} OFFSET ${offset}::bigint`,
      p.values,
    );
    return {
      items: rows.map((r) => ({
        id: r.id,
        name: r.name,
        type: r.type,
        wardId: r.ward_id,
        residentialArea: r.residential_area,
        establishedOn: r.established_on,
        members: r.members,
        leader: r.leader,
        status: r.status,
        recognition: r.recognition,
      })),
      total: counted?.total ?? 0,
      page: page.page,
      pageSize: page.pageSize,
    };
  });
};
