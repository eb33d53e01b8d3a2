// The HTTP application: the API under /api/v1 behind sign-in (when configured), the built dashboard
// at /, and the edge every answer passes: request ids, security headers, CORS allow-list, rate
// limits, body limits and problem+json errors.
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { apiRoutes } from './api/routes';
import { installAuth } from './auth/hook';
import type { AuthSettings } from './auth/settings';
import type { Verifier } from './auth/verifier';
import type { Db } from './db/db';
import { installCors, installHealth, installRateLimit, type RateLimitSettings } from './http/edge';
import { installProblemHandlers } from './http/problem';
import { installRequestIdHeader, requestId } from './http/request-id';
import { installSecurityHeaders } from './http/security-headers';
import { API_PREFIX, installDashboard } from './static';

export interface AppOptions {
  db: Db;
  /** false: no logs (tests); true or pino options: JSON logs. */
  logger?: FastifyServerOptions['logger'];
  /** Sign-in; null or absent: anonymous callers see the whole tree. */
  auth?: AuthSettings | null;
  /** Replaces the JWKS verifier (tests of the hook itself). */
  verifier?: Verifier;
  /** Origins allowed to read the API from a browser (CORS); the dashboard served here needs none. */
  corsOrigins?: readonly string[];
  rateLimit?: RateLimitSettings;
  /** Largest JSON or text body in bytes (small: POST /imports' multipart has LIMITS of its own). */
  bodyLimit?: number;
  /** The dashboard build to serve at /; null: the API only. */
  dist?: string | null;
  /** Behind a reverse proxy: take the client address from X-Forwarded-For. */
  trustProxy?: boolean;
  /** Close `db` when the app closes (the CLI's server owns its database). */
  closeDb?: boolean;
}

export const DEFAULT_RATE_LIMIT: RateLimitSettings = { max: 1200, windowMs: 60_000 };
export const DEFAULT_BODY_LIMIT = 64 * 1024;

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const auth = options.auth ?? null;
  const app = Fastify({
    logger: options.logger ?? false,
    genReqId: requestId,
    bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT,
    trustProxy: options.trustProxy ?? false,
    // Ids and query strings are short; a huge path is an attack, not a request.
    routerOptions: { maxParamLength: 200 },
    return503OnClosing: true,
  });
  let closing = false;
  app.addHook('onClose', async () => {
    closing = true;
    if (options.closeDb) await options.db.close();
  });
  app.addHook('preClose', async () => {
    closing = true;
  });
  // A keep-alive socket whose request finishes during shutdown is closed after its answer, not left
  // open until its idle timeout (which would hold the shutdown for a minute).
  app.addHook('onSend', async (_request, reply, payload) => {
    if (closing) reply.header('connection', 'close');
    return payload;
  });

  installProblemHandlers(app);
  installRequestIdHeader(app);
  installSecurityHeaders(app, auth ? [new URL(auth.issuer).origin] : []);
  await installCors(app, options.corsOrigins ?? []);
  await installRateLimit(app, options.rateLimit ?? DEFAULT_RATE_LIMIT);
  installAuth(app, auth, options.verifier);
  installHealth(app, options.db, () => closing);
  await app.register(apiRoutes, { prefix: API_PREFIX, db: options.db });
  await installDashboard(app, options.dist ?? null, auth);
  return app;
}
