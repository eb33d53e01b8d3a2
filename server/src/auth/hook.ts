// Who is calling: every /api request resolves request.caller before any route runs. Without sign-in
// configured the caller is anonymous and sees the whole tree; with it, a valid bearer token is
// required (401 with WWW-Authenticate: Bearer otherwise) and its area claim scopes the caller.
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Caller } from '../caller';
import { sendProblem } from '../http/problem';
import type { AuthSettings } from './settings';
import { AuthError, createVerifier, type Verifier } from './verifier';

export const ANONYMOUS: Caller = { subject: 'anonymous', name: null, areaId: null, roles: ['viewer'] };

const quoted = (s: string) => s.replace(/["\\]/g, '');

function refuse(reply: FastifyReply, error: AuthError) {
  if (error.status === 401) {
    const params = error.bearerError
      ? `, error="${error.bearerError}", error_description="${quoted(error.message)}"`
      : '';
    reply.header('www-authenticate', `Bearer realm="antt"${params}`);
  }
  if (error.status === 503) reply.header('retry-after', '5');
  return sendProblem(reply, error.status, error.message);
}

function isApi(url: string): boolean {
  return url === '/api' || url.startsWith('/api/') || url.startsWith('/api?');
}

export function installAuth(app: FastifyInstance, settings: AuthSettings | null, verifier?: Verifier): void {
  app.decorateRequest('caller');
  const verify = settings ? (verifier ?? createVerifier(settings)) : null;
  app.addHook('onRequest', async (request, reply) => {
    request.caller = ANONYMOUS;
    // CORS preflights carry no credentials by design (@fastify/cors answers them); the dashboard's
    // files, config.json and the health checks are public.
    // Both the raw path and the matched route: no spelling of a path reaches an API route unchecked.
    const api = isApi(request.url) || isApi(request.routeOptions.url ?? '');
    if (!verify || request.method === 'OPTIONS' || !api) return;
    try {
      request.caller = await verify.verify(request.headers.authorization);
    } catch (error) {
      if (error instanceof AuthError) return refuse(reply, error);
      throw error;
    }
  });
}
