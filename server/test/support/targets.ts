// The two implementations of the contract the suites run against, behind one interface: the
// browser mock (mocks/handlers.ts on msw's Node interception) and the server (Fastify's inject).
import Fastify from 'fastify';
import type { Dataset } from '../../../mocks/generator';
import { createMockServer } from '../../../mocks/node';
import { apiRoutes } from '../../src/api/routes';
import type { Caller } from '../../src/caller';
import type { Db } from '../../src/db/db';

export interface Answer {
  status: number;
  contentType: string;
  body: unknown;
}

export interface Target {
  readonly name: string;
  /** GET (or `method`) a path under /api/v1, e.g. "/stats/incidents?level=ward". */
  request(path: string, method?: string): Promise<Answer>;
  close(): Promise<void>;
}

const MOCK_BASE = 'http://localhost/api/v1';

export function mockTarget(dataset: Dataset): Target {
  const server = createMockServer({ dataset });
  server.listen({ onUnhandledFrame: 'error' });
  return {
    name: 'mock',
    async request(path, method = 'GET') {
      const res = await fetch(`${MOCK_BASE}${path}`, { method });
      return {
        status: res.status,
        contentType: res.headers.get('content-type') ?? '',
        body: await res.json(),
      };
    },
    async close() {
      server.close();
    },
  };
}

export const ANONYMOUS: Caller = { subject: 'anonymous', name: null, areaId: null, roles: ['viewer'] };

/** The API routes on a bare Fastify instance whose every request comes from `caller`. */
export async function serverTarget(db: Db, caller: Caller = ANONYMOUS): Promise<Target> {
  const app = Fastify({ logger: false });
  app.decorateRequest('caller');
  app.addHook('onRequest', async (request) => {
    request.caller = caller;
  });
  await app.register(apiRoutes, { prefix: '/api/v1', db });
  await app.ready();
  return {
    name: 'server',
    async request(path, method = 'GET') {
      const res = await app.inject({ method: method as 'GET', url: `/api/v1${path}` });
      return {
        status: res.statusCode,
        contentType: String(res.headers['content-type'] ?? ''),
        body: res.json(),
      };
    },
    async close() {
      await app.close();
    },
  };
}
