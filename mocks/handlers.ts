// MSW request handlers for the API contract v1.1 (src/api/schemas.ts), backed by a Dataset; with
// apiVersion '1' they answer as a v1-only API (no /meta, /me, /stats/reporting, no v1.1 fields).
import { delay, http, HttpResponse, type HttpHandler, type JsonBodyType } from 'msw';
import type { z } from 'zod';
import type { ApiPath, responseSchemas } from '../src/api/schemas';
import { createContext, type ApiContext } from './api/context';
import { corruptBody } from './api/corrupt';
import { importHandlers, IMPORTS_PATH } from './api/imports';
import { listGroups, listMediationCases, listPatrols } from './api/lists';
import { me, meta } from './api/meta';
import { problemResponse, ProblemError } from './api/problem';
import { groupStats, incidentStats, mediationStats, patrolStats, reportingStats } from './api/stats';
import { areaGeometry } from './api/geometry';
import { asV1, V1_1_PATHS, type ApiVersion } from './api/versions';
import type { Dataset } from './generator';

export interface HandlerOptions {
  /** Prefix of every API path. Default DEFAULT_BASE_URL: any origin, any base path, then /api/v1. */
  baseUrl?: string;
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

export const DEFAULT_BASE_URL = '*/api/v1';

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

function normalizePath(path: string): string {
  return path === '*' ? path : `/${path.replace(/^\/+|\/+$/g, '')}`;
}

export function createHandlers(dataset: Dataset, options: HandlerOptions = {}): HttpHandler[] {
  const base = (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
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

  const handlers = served.map((path) =>
    http.get(`${base}${path}`, async ({ request }) => {
      if (latency > 0) await delay(latency);
      if (shouldFail(path)) return problemResponse(500, 'Internal Server Error', 'Injected failure');
      let body: JsonBodyType;
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
      return HttpResponse.json(corrupt.has(path) || corrupt.has('*') ? corruptBody(body) : body, {
        headers: { 'Content-Type': 'application/json; charset=utf-8' },
      });
    }),
  );
  // v1.1 only: a v1 API has no imports (the catch-all's 404).
  if (!v1) handlers.push(...importHandlers(base));
  // Anything else under the API base is a contract-shaped 404/405, never a pass-through.
  handlers.push(
    http.all(`${base}/*`, ({ request }) => {
      const path = new URL(request.url).pathname;
      if (!v1 && path.endsWith(IMPORTS_PATH))
        return problemResponse(
          405,
          'Method Not Allowed',
          `${request.method} is not supported; use GET or POST`,
        );
      const known = (served as string[]).some((p) => path.endsWith(p));
      return known
        ? problemResponse(405, 'Method Not Allowed', `${request.method} is not supported; use GET`)
        : problemResponse(404, 'Not Found', `No API endpoint at ${path}`);
    }),
  );
  return handlers;
}
