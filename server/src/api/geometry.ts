// GET /areas/geometry (v1.1): the boundaries of the areas at `level` inside `areaId` (default one
// level below it, the area itself when it has none), as a GeoJSON FeatureCollection built by
// PostgreSQL from the jsonb column; areas without one are left out. Scoped like every endpoint.
import type { FastifyPluginAsync } from 'fastify';
import { areaLevels } from '../../../src/api/schemas';
import type { Db } from '../db/db';
import type { DataCache } from './cache';
import { badRequest } from './problem';
import { Query } from './query';
import { areaScope } from './scope';

export const geometryRoutes: FastifyPluginAsync<{ db: Db; cache: DataCache }> = async (
  app,
  { db, cache },
) => {
  app.get('/areas/geometry', async (request, reply) => {
    const data = await cache.get();
    const query = new Query(request.url);
    const area = areaScope(data, request.caller, query);
    const below = area.sub_end > area.pre + 1 ? data.areas[area.pre + 1] : undefined;
    const level = query.oneOf('level', areaLevels) ?? below?.level ?? area.level;
    if (areaLevels.indexOf(level) < area.level_rank)
      throw badRequest(
        `Parameter "level" (${level}) is above the level of area "${area.id}" (${area.level})`,
      );
    const [result] = await db.query<{ features: string }>(
      `SELECT coalesce(json_agg(json_build_object('type', 'Feature', 'id', id,
          'properties', json_build_object('areaId', id), 'geometry', geometry) ORDER BY pre), '[]')::text AS features
         FROM areas WHERE level = $1 AND pre >= $2 AND pre < $3 AND geometry IS NOT NULL`,
      [level, area.pre, area.sub_end],
    );
    return reply
      .type('application/json; charset=utf-8')
      .send(`{"type":"FeatureCollection","features":${result?.features ?? '[]'}}`);
  });
};
