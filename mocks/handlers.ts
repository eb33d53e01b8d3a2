// MSW request handlers for the API contract v1.1 (src/api/schemas.ts), backed by a Dataset; with
// apiVersion '1' they answer as a v1-only API (no /meta, /me, /stats/reporting, no v1.1 fields).
// The answers come from api/mock-api.ts; these handlers only match the API base.
import { http, type HttpHandler } from 'msw';
import { IMPORTS_PATH } from './api/imports';
import { createMockApi, type MockApiOptions } from './api/mock-api';
import type { Dataset } from './generator';

export interface HandlerOptions extends MockApiOptions {
  /** Prefix of every API path. Default DEFAULT_BASE_URL: any origin, any base path, then /api/v1. */
  baseUrl?: string;
}

export const DEFAULT_BASE_URL = '*/api/v1';

export function createHandlers(dataset: Dataset, options: HandlerOptions = {}): HttpHandler[] {
  const { baseUrl = DEFAULT_BASE_URL, ...apiOptions } = options;
  const base = baseUrl.replace(/\/+$/, '');
  const api = createMockApi(dataset, apiOptions);
  const handlers = api.served.map((path) =>
    http.get(`${base}${path}`, ({ request }) => api.answer(request, path)),
  );
  // v1.1 only: a v1 API has no imports (the catch-all's 404).
  if (apiOptions.apiVersion !== '1')
    handlers.push(
      ...[http.get, http.post].map((method) =>
        method(`${base}${IMPORTS_PATH}`, ({ request }) => api.answer(request, IMPORTS_PATH)),
      ),
    );
  // Anything else under the API base is a contract-shaped 404/405, never a pass-through.
  handlers.push(http.all(`${base}/*`, ({ request }) => api.answer(request, new URL(request.url).pathname)));
  return handlers;
}
