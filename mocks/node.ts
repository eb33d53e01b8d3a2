// Node entry (Vitest): the same handlers on msw's request interception.
import { setupServer, type SetupServer } from 'msw/node';
import { generateDataset, type Dataset, type GenerateOptions } from './generator';
import { createHandlers, type HandlerOptions } from './handlers';

export interface MockServerOptions extends GenerateOptions, HandlerOptions {
  /** Use this data set instead of generating one from the GenerateOptions. */
  dataset?: Dataset;
}

/**
 * An msw server for tests. The data set defaults to generateDataset() with the fixed
 * DEFAULT_SEED and DEFAULT_AS_OF (not the clock), so tests are reproducible. The base URL
 * defaults to the wildcard DEFAULT_BASE_URL (any origin, then /api/v1), so
 * 'http://localhost/api/v1/…' and every other origin match. No latency unless asked for.
 *
 * @example
 *   const server = createMockServer();
 *   beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
 *   afterAll(() => server.close());
 */
export function createMockServer(options: MockServerOptions = {}): SetupServer {
  const { dataset, baseUrl, latencyMs, failPaths, failTimes, corruptPaths, apiVersion, ...generate } =
    options;
  const handlerOptions = { baseUrl, latencyMs, failPaths, failTimes, corruptPaths, apiVersion };
  return setupServer(...createHandlers(dataset ?? generateDataset(generate), handlerOptions));
}
