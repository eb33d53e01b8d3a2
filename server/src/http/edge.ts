// CORS allow-list, per-client rate limits and the health checks.
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/db';
import { sendProblem } from './problem';

export interface RateLimitSettings {
  /** Requests per client per window; 0 turns the limit off (the benchmark's load generator). */
  max: number;
  windowMs: number;
}

const HEALTH = new Set(['/healthz', '/readyz']);

/** Only the listed origins may read the API from a browser; none when the list is empty. */
export async function installCors(app: FastifyInstance, origins: readonly string[]): Promise<void> {
  if (origins.length === 0) return;
  await app.register(cors, {
    origin: [...origins],
    // POST: the dashboard's uploads (POST /imports, multipart with Authorization).
    methods: ['GET', 'HEAD', 'POST', 'OPTIONS'],
    // Authorization makes every request preflighted; the answer may be cached for 10 minutes.
    allowedHeaders: ['authorization', 'accept', 'content-type', 'x-request-id'],
    exposedHeaders: ['www-authenticate', 'retry-after', 'x-request-id'],
    maxAge: 600,
  });
}

/**
 * Per-client limits as one hook at the root, answering 429 itself: a route plugin's own error
 * handler (the API's) then never sees, or rewords, the refusal.
 */
export async function installRateLimit(app: FastifyInstance, settings: RateLimitSettings): Promise<void> {
  if (settings.max <= 0) return;
  await app.register(rateLimit, { global: false });
  const check = app.createRateLimit({
    max: settings.max,
    timeWindow: settings.windowMs,
    // Per client address (behind a proxy: TRUST_PROXY makes it the forwarded one).
    keyGenerator: (request) => request.ip,
  });
  app.addHook('onRequest', async (request, reply) => {
    if (HEALTH.has(request.url)) return;
    const result = await check(request);
    if (result.isAllowed) return;
    reply.header('x-ratelimit-limit', result.max);
    reply.header('x-ratelimit-remaining', result.remaining);
    reply.header('x-ratelimit-reset', result.ttlInSeconds);
    if (!result.isExceeded) return;
    reply.header('retry-after', result.ttlInSeconds);
    return sendProblem(
      reply,
      429,
      `Too many requests from this client: at most ${result.max} per ${Math.round(result.timeWindow / 1000)} s. Retry after the seconds in Retry-After.`,
    );
  });
}

export function installHealth(app: FastifyInstance, db: Db, isClosing: () => boolean): void {
  // The process is up and answering.
  app.get('/healthz', async () => ({ status: 'ok' }));
  // The database answers: a load balancer sends traffic here only then (and not while shutting down).
  app.get('/readyz', async (request, reply) => {
    if (isClosing()) return sendProblem(reply, 503, 'The server is shutting down.');
    try {
      await db.query('SELECT 1');
      return { status: 'ready' };
    } catch (error) {
      request.log.error({ err: error }, 'readiness check: the database does not answer');
      return sendProblem(reply, 503, 'The database does not answer.');
    }
  });
}
