// Every endpoint of contract v1.1 (api/openapi.yaml), mounted under /api/v1 by src/app.ts.
import type { FastifyPluginAsync } from 'fastify';
import type { Db } from '../db/db';

export interface ApiRoutesOptions {
  db: Db;
}

export const apiRoutes: FastifyPluginAsync<ApiRoutesOptions> = async () => {};
