// Every endpoint of contract v1.1 (api/openapi.yaml), mounted under /api/v1 by src/http-app.ts. Errors
// inside this prefix are problem+json: ApiProblem as thrown, anything else a bare 500 that never
// carries a message, stack or SQL (the error is logged with the request id instead).
import { STATUS_CODES } from 'node:http';
import type { FastifyPluginAsync } from 'fastify';
import type { ApiPath } from '../../../src/api/schemas';
import type { Db } from '../db/db';
import { DataCache } from './cache';
import { geometryRoutes } from './geometry';
import { groupRoutes } from './groups';
import { importRoutes, IMPORTS_PATH } from './imports';
import { mediationRoutes } from './mediation';
import { metaRoutes } from './meta';
import { patrolRoutes } from './patrols';
import { ApiProblem, sendProblem } from './problem';
import { statsRoutes } from './stats';

export interface ApiRoutesOptions {
  db: Db;
}

const PATHS: readonly ApiPath[] = [
  '/areas',
  '/groups',
  '/patrols',
  '/mediation-cases',
  '/stats/incidents',
  '/stats/patrols',
  '/stats/mediation',
  '/stats/groups',
  '/meta',
  '/me',
  '/stats/reporting',
  '/areas/geometry',
];

export const apiRoutes: FastifyPluginAsync<ApiRoutesOptions> = async (app, { db }) => {
  app.setErrorHandler((error, request, reply) => {
    if (error instanceof ApiProblem)
      return sendProblem(reply, error.status, error.title, error.detail, error.code);
    const status =
      typeof error === 'object' && error !== null && 'statusCode' in error ? error.statusCode : 500;
    // Fastify's own 4xx (a body on a GET, a malformed URL…) keep their status, without internals.
    if (typeof status === 'number' && status >= 400 && status < 500)
      return sendProblem(reply, status, STATUS_CODES[status] ?? 'Bad Request');
    request.log.error({ err: error }, 'request failed');
    return sendProblem(reply, 500, 'Internal Server Error');
  });
  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, 404, 'Not Found', `No API endpoint at ${request.url.split('?')[0] ?? ''}`),
  );
  const cache = new DataCache(db);
  await app.register(metaRoutes, { cache });
  await app.register(statsRoutes, { db, cache });
  await app.register(geometryRoutes, { db, cache });
  await app.register(groupRoutes, { db, cache });
  await app.register(patrolRoutes, { db, cache });
  await app.register(mediationRoutes, { db, cache });
  await app.register(importRoutes, { db, cache });
  // Read-only paths: other methods on a known path are a 405 problem, not a 404.
  for (const path of PATHS) {
    app.route({
      method: ['POST', 'PUT', 'PATCH', 'DELETE'],
      url: path,
      handler: (_request, reply) =>
        sendProblem(reply.header('Allow', 'GET, HEAD'), 405, 'Method Not Allowed', 'Use GET'),
    });
  }
  // The one path that takes a body: an import is a POST, the log a GET.
  app.route({
    method: ['PUT', 'PATCH', 'DELETE'],
    url: IMPORTS_PATH,
    handler: (_request, reply) =>
      sendProblem(
        reply.header('Allow', 'GET, HEAD, POST'),
        405,
        'Method Not Allowed',
        'Use POST to import, GET for the log',
      ),
  });
};
