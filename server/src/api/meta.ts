// GET /meta, /me and /areas: the data set's range, who the caller is, and the subtree they may see.
import type { FastifyPluginAsync } from 'fastify';
import type { Area, Me, Meta } from '../../../src/api/schemas';
import type { Db } from '../db/db';
import { AREA_SELECT, callerRoot, readMeta, type AreaRow } from './scope';

export const API_VERSION = '1.1';

function toArea(row: AreaRow, root: AreaRow): Area {
  return {
    id: row.id,
    name: row.name,
    level: row.level,
    // The caller's root is the top of their tree, even where it has a parent in the whole tree.
    parentId: row.pre === root.pre ? null : row.parent_id,
    population: row.population,
    households: row.households,
    residentialAreas: row.residential_areas,
    cameras: row.cameras,
  };
}

export const metaRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  app.get('/meta', async (): Promise<Meta> => {
    const meta = await readMeta(db);
    return {
      apiVersion: API_VERSION,
      dataFrom: meta.data_from,
      dataTo: meta.data_to,
      generatedAt: meta.generated_at,
      ...(meta.name === null ? {} : { name: meta.name }),
      demo: meta.demo,
    };
  });

  app.get('/me', async (request): Promise<Me> => {
    const { caller } = request;
    const root = await callerRoot(db, caller);
    return { subject: caller.subject, name: caller.name, areaId: root.id, roles: [...caller.roles] };
  });

  app.get('/areas', async (request): Promise<{ items: Area[] }> => {
    const root = await callerRoot(db, request.caller);
    const rows = await db.query<AreaRow>(
      `SELECT ${AREA_SELECT} FROM areas WHERE pre >= $1 AND pre < $2 ORDER BY pre`,
      [root.pre, root.sub_end],
    );
    return { items: rows.map((row) => toArea(row, root)) };
  });
};
