// A configured API for e2e tests, without the embedded mock: config.json names an API base URL and
// Playwright answers its requests in the test process, from the same MSW handlers over a generated
// data set (msw's getResponse, no Service Worker). A test can rewrite any answer (hostile or broken
// data), delay or hold it, or answer a status of its own, and counts the requests each path got.
import type { Page, Route } from '@playwright/test';
import { getResponse } from 'msw';
import type { Dataset } from '../../mocks/generator';
import { createHandlers, type HandlerOptions } from '../../mocks/handlers';
import { pinnedDataset } from './expected';
import type { MockScenario } from './fixtures';

/** Where the app is told the API lives: same origin, so no CORS in the way. */
export const ROUTED_API_BASE = '/routed-api/v1';

export interface RoutedRequest {
  /** The API path without the base, e.g. "/stats/incidents". */
  path: string;
  url: URL;
  /** The request's headers (lower-case names), e.g. to check the Authorization header. */
  headers: Record<string, string>;
}

/** What a test's `answer` hook may return instead of the handlers' answer. */
export interface CustomAnswer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Hold the answer this long (ms) before sending it. */
  delayMs?: number;
}

export interface RoutedApiOptions {
  /** The data set (default: the pinned one of the scenario). */
  dataset?: Dataset;
  scenario?: MockScenario;
  /** Extra config.json fields (e.g. requestTimeoutMs, auth). */
  config?: Record<string, unknown>;
  handlerOptions?: HandlerOptions;
  /**
   * Asked first for every API request: an answer of its own, 'hang' (never answer), or undefined
   * for the handlers' answer.
   */
  answer?: (
    req: RoutedRequest,
  ) => CustomAnswer | 'hang' | undefined | Promise<CustomAnswer | 'hang' | undefined>;
  /** Rewrites the handlers' JSON body (hostile or inconsistent data). */
  transform?: (req: RoutedRequest, body: unknown) => unknown;
  /** Delays the handlers' answer (ms) per request, e.g. a slow answer for one area. */
  delay?: (req: RoutedRequest) => number;
}

export interface RoutedApi {
  /** Requests per API path, in the order they arrived. */
  requests: RoutedRequest[];
  count(path: string): number;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Serves config.json and the API for this page. Call before page.goto. */
export async function routeApi(page: Page, options: RoutedApiOptions = {}): Promise<RoutedApi> {
  const dataset = options.dataset ?? pinnedDataset(options.scenario);
  const handlers = createHandlers(dataset, {
    apiVersion: options.scenario?.apiVersion,
    ...options.handlerOptions,
    baseUrl: `*${ROUTED_API_BASE}`,
  });
  const requests: RoutedRequest[] = [];

  await page.route('**/config.json', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({ apiBaseUrl: ROUTED_API_BASE, ...options.config }),
    }),
  );

  await page.route(`**${ROUTED_API_BASE}/**`, async (route: Route) => {
    const request = route.request();
    const url = new URL(request.url());
    const req: RoutedRequest = {
      path: url.pathname.slice(url.pathname.indexOf(ROUTED_API_BASE) + ROUTED_API_BASE.length),
      url,
      headers: request.headers(),
    };
    requests.push(req);
    const custom = await options.answer?.(req);
    if (custom === 'hang') return; // never fulfilled: the app's own timeout must end it
    if (custom) {
      if (custom.delayMs) await wait(custom.delayMs);
      await fulfill(route, custom.status, custom.body, custom.headers);
      return;
    }
    const delayMs = options.delay?.(req) ?? 0;
    if (delayMs > 0) await wait(delayMs);
    const response = await getResponse(handlers, new Request(url, { headers: request.headers() }));
    if (!response) {
      await fulfill(route, 404, { title: 'Not Found', status: 404 });
      return;
    }
    const body: unknown = await response.json();
    const out = response.ok && options.transform ? options.transform(req, body) : body;
    await fulfill(route, response.status, out, Object.fromEntries(response.headers));
  });

  return { requests, count: (path) => requests.filter((r) => r.path === path).length };
}

async function fulfill(route: Route, status: number, body: unknown, headers: Record<string, string> = {}) {
  try {
    await route.fulfill({
      status,
      headers: { 'content-type': status < 400 ? 'application/json' : 'application/problem+json', ...headers },
      body: body === undefined ? '' : JSON.stringify(body),
    });
  } catch {
    // The page navigated or closed while the answer was held: nothing to deliver it to.
  }
}
