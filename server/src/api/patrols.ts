// GET /patrols: patrols in the wards of the requested subtree whose date is in from–to.
import type { FastifyPluginAsync } from 'fastify';
import type { Page, Patrol } from '../../../src/api/schemas';
import type { Db } from '../db/db';
import type { DataCache } from './cache';
import { paging, Params, type SortColumns } from './paging';
import { Query } from './query';
import { aggregateTotal, groupNames, registerPage } from './registers';
import { areaScope, monthScope } from './scope';

const SORT: SortColumns = {
  id: ['r.id'],
  groupId: ['r.group_id'],
  groupName: ['g.name_fold', 'g.name'],
  wardId: ['r.ward_id'],
  date: ['r.date'],
  shift: ['r.shift'],
  durationMinutes: ['r.duration_minutes'],
  participants: ['r.participants'],
  findings: ['r.findings'],
  note: ['antt_fold(r.note)', 'r.note'],
};

interface PatrolRow {
  id: string;
  group_id: string;
  ward_id: string;
  date: string;
  shift: Patrol['shift'];
  duration_minutes: number;
  participants: number;
  findings: number;
  note: string;
}

export const patrolRoutes: FastifyPluginAsync<{ db: Db; cache: DataCache }> = async (app, { db, cache }) => {
  app.get('/patrols', async (request): Promise<Page<Patrol>> => {
    const data = await cache.get();
    const query = new Query(request.url);
    const groupId = query.string('groupId');
    const shift = query.oneOf('shift', ['day', 'night']);
    const months = monthScope(data, query);
    const page = paging(query, SORT, '-date', 'r.id', 'r.ward_ix');
    const area = areaScope(data, request.caller, query);

    const params = new Params();
    const conditions: string[] = [];
    // A group outside the subtree simply matches nothing (the ward range excludes it).
    if (groupId !== undefined) conditions.push(`r.group_id = ${params.add(groupId)}`);
    if (shift !== undefined) conditions.push(`r.shift = ${params.add(shift)}`);
    const { rows, count } = await registerPage<PatrolRow>(
      db,
      area,
      months,
      page,
      {
        table: 'patrols',
        dateColumn: 'date',
        select: `r.id, r.group_id, r.ward_id, to_char(r.date, 'YYYY-MM-DD') AS date, r.shift,
                 r.duration_minutes, r.participants, r.findings, r.note`,
        conditions,
        params,
        wardNameRanks: data.wardNameRanks(),
        joinGroups: page.field === 'groupName',
      },
      groupId !== undefined,
    );
    const total =
      groupId !== undefined
        ? count
        : await aggregateTotal(
            db,
            area,
            months,
            shift === 'night' ? 'night_patrols' : shift === 'day' ? 'patrols - night_patrols' : 'patrols',
          );
    const names = await groupNames(
      db,
      rows.map((r) => r.group_id),
    );
    return {
      items: rows.map((r) => ({
        id: r.id,
        groupId: r.group_id,
        groupName: names.get(r.group_id) ?? null,
        wardId: r.ward_id,
        date: r.date,
        shift: r.shift,
        durationMinutes: r.duration_minutes,
        participants: r.participants,
        findings: r.findings,
        note: r.note,
      })),
      total,
      page: page.page,
      pageSize: page.pageSize,
    };
  });
};
