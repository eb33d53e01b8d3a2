// GET /meta, /me and /areas: the data set's range, who the caller is, and the subtree they may see.
import type { FastifyPluginAsync } from 'fastify';
import type { Area, Me, Meta } from '../../../src/api/schemas';
import type { DataCache } from './cache';
import { callerRoot, type AreaRow } from './scope';

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
    ...(row.former_names ? { formerNames: row.former_names } : {}),
    ...(row.merged_on ? { mergedOn: row.merged_on } : {}),
  };
}

export const metaRoutes: FastifyPluginAsync<{ cache: DataCache }> = async (app, { cache }) => {
  app.get('/meta', async (): Promise<Meta> => {
    const meta = (await cache.get()).requireMeta();
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
    const root = callerRoot(await cache.get(), caller);
    return { subject: caller.subject, name: caller.name, areaId: root.id, roles: [...caller.roles] };
  });

  // Nationally the tree is ≈11,000 areas (1.6 MB): serialised once per load and root.
  app.get('/areas', async (request, reply) => {
    const data = await cache.get();
    const root = callerRoot(data, request.caller);
    let json = data.areasJson.get(root.pre);
    if (json === undefined) {
      const items = data.areas.slice(root.pre, root.sub_end).map((row) => toArea(row, root));
      json = Buffer.from(JSON.stringify({ items }));
      data.areasJson.set(root.pre, json);
    }
    // The same load and root give the same bytes, so a revalidating client gets a 304.
    const etag = `"areas-${root.pre}-${data.requireMeta().loaded_at.replace(/[^0-9]/g, '')}"`;
    reply.header('ETag', etag);
    if (request.headers['if-none-match'] === etag) return reply.code(304).send();
    return reply.type('application/json; charset=utf-8').send(json);
  });
};
