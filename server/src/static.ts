// The built dashboard (dist/) at /: hashed assets cached for a year, index.html and every client
// route (SPA fallback) never cached, and config.json answered by the server itself so that the
// build's `{ "demo": true }` never applies: the dashboard reads this server's API.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AuthSettings } from './auth/settings';
import { sendProblem } from './http/problem';

export const API_PREFIX = '/api/v1';
const YEAR = 'public, max-age=31536000, immutable';
const NO_CACHE = 'no-cache';

/** config.json as the dashboard's runtimeConfigSchema (src/api/config.ts) reads it. */
export function runtimeConfig(auth: AuthSettings | null): Record<string, unknown> {
  const config: Record<string, unknown> = { apiBaseUrl: API_PREFIX };
  if (auth?.clientId)
    config.auth = {
      issuer: auth.issuer,
      clientId: auth.clientId,
      audience: auth.audience,
      ...(auth.scope ? { scope: auth.scope } : {}),
    };
  return config;
}

function isApi(url: string): boolean {
  return url === '/api' || url.startsWith('/api/') || url.startsWith('/api?');
}

/** Paths the SPA fallback leaves alone: a missing asset or API path is a 404, not index.html. */
function fallsBack(request: FastifyRequest): boolean {
  const path = request.url.split('?')[0] ?? '';
  return (
    (request.method === 'GET' || request.method === 'HEAD') && !isApi(path) && !path.startsWith('/assets/')
  );
}

export async function installDashboard(
  app: FastifyInstance,
  dist: string | null,
  auth: AuthSettings | null,
): Promise<void> {
  const config = runtimeConfig(auth);
  app.get('/config.json', async (_request, reply) => {
    reply.header('cache-control', NO_CACHE);
    return config;
  });
  const hasDist = dist !== null && existsSync(join(dist, 'index.html'));
  if (hasDist) {
    await app.register(fastifyStatic, {
      root: dist,
      // config.json is the route above; the build's own (demo) copy is never served.
      allowedPath: (path) => path !== '/config.json',
      cacheControl: false,
      setHeaders: (reply, path) => {
        reply.header('cache-control', path.startsWith(join(dist, 'assets')) ? YEAR : NO_CACHE);
      },
    });
  } else if (dist !== null) {
    app.log.warn(
      { dist },
      'no dashboard build (index.html) there: serving the API only; run `npm run build`',
    );
  }
  app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => {
    if (hasDist && fallsBack(request)) {
      reply.header('cache-control', NO_CACHE);
      return reply.type('text/html; charset=utf-8').sendFile('index.html');
    }
    return sendProblem(reply, 404, `No resource at ${request.method} ${request.url.split('?')[0] ?? ''}.`);
  });
}
