// The embedded mock API as one function from a Request to a Response, with no MSW in it: the Web
// Worker (mocks/worker.ts) runs it as it is, and mocks/handlers.ts wraps it in MSW handlers for
// Vitest (msw/node) and the e2e tests' routed API (msw's getResponse). MSW's request handlers carry
// a cookie jar (tough-cookie, tldts) that would double the worker's download for nothing.
import type { z } from 'zod';
import type { ApiPath, responseSchemas } from '../../src/api/schemas';
import type { Dataset } from '../generator';
import { createContext, type ApiContext } from './context';
import { corruptBody } from './corrupt';
import { importRefusal, IMPORTS_PATH } from './imports';
import { listGroups, listMediationCases, listPatrols } from './lists';
import { me, meta } from './meta';
import { jsonResponse, problemResponse, ProblemError } from './problem';
import { areaGeometry } from './geometry';
import { groupStats, incidentStats, mediationStats, patrolStats, reportingStats } from './stats';
import { asV1, V1_1_PATHS, type ApiVersion } from './versions';

export interface MockApiOptions {
  /** Artificial latency per response in ms (default 0). */
  latencyMs?: number;
  /**
   * API paths (e.g. '/stats/incidents', or '*' for all) answered with a 500 problem. A function is
   * asked on every request, so a test can end an outage and see "Retry" recover.
   */
  failPaths?: string[] | (() => string[]);
  /** How many requests to each fail path fail before it answers normally again (default: all). */
  failTimes?: number;
  /** API paths answered with a schema-invalid body (see api/corrupt.ts). */
  corruptPaths?: string[];
  /** '1': answer as a v1-only API (default '1.1'). */
  apiVersion?: ApiVersion;
}

export interface MockApi {
  /** The GET endpoints this API has (a v1 API lacks the v1.1 ones). */
  readonly served: readonly ApiPath[];
  /**
   * The answer to `request`; `path` is its path after the API base (e.g. '/stats/incidents'), or
   * any path ending in an endpoint's for a request no endpoint took (then a 404 or 405 problem).
   */
  answer(request: Request, path: string): Promise<Response>;
}

type Body<P extends ApiPath> = z.infer<(typeof responseSchemas)[P]>;
type Routes = { [P in ApiPath]: (ctx: ApiContext, url: URL) => Promise<Body<P>> };

const routes: Routes = {
  '/areas': async (ctx) => ({ items: [...ctx.ds.areas] }),
  '/groups': listGroups,
  '/patrols': listPatrols,
  '/mediation-cases': listMediationCases,
  '/stats/incidents': incidentStats,
  '/stats/patrols': patrolStats,
  '/stats/mediation': mediationStats,
  '/stats/groups': groupStats,
  '/meta': meta,
  '/me': me,
  '/stats/reporting': reportingStats,
  '/areas/geometry': areaGeometry,
};

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function normalizePath(path: string): string {
  return path === '*' ? path : `/${path.replace(/^\/+|\/+$/g, '')}`;
}

export function createMockApi(dataset: Dataset, options: MockApiOptions = {}): MockApi {
  const latency = Math.max(0, options.latencyMs ?? 0);
  const failList = options.failPaths ?? [];
  const failSet = () => new Set((typeof failList === 'function' ? failList() : failList).map(normalizePath));
  const fixedFail = typeof failList === 'function' ? undefined : failSet();
  const failTimes = options.failTimes ?? Number.POSITIVE_INFINITY;
  const failures = new Map<ApiPath, number>();
  const shouldFail = (path: ApiPath): boolean => {
    const fail = fixedFail ?? failSet();
    if (!fail.has(path) && !fail.has('*')) return false;
    const count = failures.get(path) ?? 0;
    if (count >= failTimes) return false;
    failures.set(path, count + 1);
    return true;
  };
  const corrupt = new Set((options.corruptPaths ?? []).map(normalizePath));
  const v1 = options.apiVersion === '1';
  const ctx = createContext(dataset, options.apiVersion ?? '1.1');
  const served = (Object.keys(routes) as ApiPath[]).filter((path) => !v1 || !V1_1_PATHS.has(path));
  const isServed = (path: string): path is ApiPath => (served as string[]).includes(path);

  const get = async (path: ApiPath, request: Request): Promise<Response> => {
    if (latency > 0) await wait(latency);
    if (shouldFail(path)) return problemResponse(500, 'Internal Server Error', 'Injected failure');
    let body: unknown;
    try {
      const answer = await routes[path](ctx, new URL(request.url));
      body = v1 ? asV1(path, answer) : answer;
    } catch (error) {
      if (error instanceof ProblemError)
        return problemResponse(error.status, error.title, error.detail, error.code);
      return problemResponse(
        500,
        'Internal Server Error',
        error instanceof Error ? error.message : String(error),
      );
    }
    return jsonResponse(corrupt.has(path) || corrupt.has('*') ? corruptBody(body) : body);
  };

  // Anything else under the API base is a contract-shaped 404/405, never a pass-through.
  const unknown = (request: Request, path: string): Response => {
    // v1.1 only: a v1 API has no imports (the 404 below).
    if (!v1 && path.endsWith(IMPORTS_PATH))
      return problemResponse(
        405,
        'Method Not Allowed',
        `${request.method} is not supported; use GET or POST`,
      );
    return served.some((p) => path.endsWith(p))
      ? problemResponse(405, 'Method Not Allowed', `${request.method} is not supported; use GET`)
      : problemResponse(404, 'Not Found', `No API endpoint at ${new URL(request.url).pathname}`);
  };

  return {
    served,
    answer: async (request, path) => {
      if (request.method === 'GET' && isServed(path)) return get(path, request);
      if (!v1 && path === IMPORTS_PATH && (request.method === 'GET' || request.method === 'POST'))
        return importRefusal();
      return unknown(request, path);
    },
  };
}
