// The HTTP application: the API under /api/v1, and (when given) the built dashboard at /.
import Fastify, { type FastifyInstance } from 'fastify';
import { apiRoutes } from './api/routes';
import type { Caller } from './caller';
import type { Db } from './db/db';

export interface AppOptions {
  db: Db;
  logger?: boolean;
}

const ANONYMOUS: Caller = { subject: 'anonymous', name: null, areaId: null, roles: ['viewer'] };

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: options.logger ?? false });
  app.decorateRequest('caller');
  app.addHook('onRequest', async (request) => {
    request.caller = ANONYMOUS;
  });
  await app.register(apiRoutes, { prefix: '/api/v1', db: options.db });
  return app;
}
