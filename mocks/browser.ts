// Browser entry: the embedded mock API in a Service Worker (public/mockServiceWorker.js).
import { setupWorker } from 'msw/browser';
import { generateDataset } from './generator';
import { createHandlers } from './handlers';
import { readScenario, scenarioDataset } from './scenario';

/** Default artificial latency in the browser, so loading states are visible. */
export const BROWSER_LATENCY_MS = 120;

/**
 * Builds the data set from readScenario() and starts intercepting API requests. Requests
 * outside the API base (config.json, fonts, assets …) pass through untouched.
 */
export async function startMockWorker(): Promise<{ asOf: string }> {
  const scenario = readScenario();
  const dataset = generateDataset(scenarioDataset(scenario));
  const worker = setupWorker(
    ...createHandlers(dataset, {
      latencyMs: scenario.latencyMs ?? BROWSER_LATENCY_MS,
      // Read per request, so an e2e test can end an outage by editing localStorage.
      failPaths: () => readScenario().failPaths,
      failTimes: scenario.failTimes,
      corruptPaths: scenario.corruptPaths,
      apiVersion: scenario.apiVersion,
    }),
  );
  await worker.start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    quiet: true,
    onUnhandledFrame: 'bypass',
  });
  return { asOf: dataset.asOf };
}
