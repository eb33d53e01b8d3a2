// The worker's side of the embedded mock (mocks/worker.ts runs it): builds the data set on 'init'
// and answers each 'request' with api/mock-api.ts. Kept apart from the worker's global scope so a
// test can drive it over a MessageChannel in Node.
import { createMockApi, type MockApi } from './api/mock-api';
import { generateDataset } from './generator';
import { readScenario, scenarioDataset } from './scenario';
import type { FromWorker, Post, RequestMessage, ToWorker } from './worker-protocol';

/** Default artificial latency in the browser, so loading states are visible. */
export const BROWSER_LATENCY_MS = 120;

const storage = (stored: string | null) => ({ getItem: () => stored });

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The handler of the page's messages; `post` sends the answers back. */
export function serveMock(post: Post<FromWorker>): (message: ToWorker) => void {
  let api: MockApi | undefined;
  let basePath = '';
  // The scenario of the latest request, so an outage ends when the test edits localStorage.
  let latest: string | null = null;

  const start = (stored: string | null, now: Date, baseUrl: string) => {
    const scenario = readScenario({ storage: storage(stored), now });
    const dataset = generateDataset(scenarioDataset(scenario));
    latest = stored;
    basePath = new URL(baseUrl).pathname.replace(/\/+$/, '');
    api = createMockApi(dataset, {
      latencyMs: scenario.latencyMs ?? BROWSER_LATENCY_MS,
      failPaths: () => readScenario({ storage: storage(latest), now }).failPaths,
      failTimes: scenario.failTimes,
      corruptPaths: scenario.corruptPaths,
      apiVersion: scenario.apiVersion,
    });
    return dataset.asOf;
  };

  const answer = async ({ id, url, method, headers, body }: RequestMessage, ready: MockApi) => {
    const { pathname } = new URL(url);
    // The path after the API base; anything else keeps its whole path and so gets a 404 problem.
    const path = pathname.startsWith(`${basePath}/`) ? pathname.slice(basePath.length) : pathname;
    const response = await ready.answer(new Request(url, { method, headers, body }), path);
    const bytes = await response.arrayBuffer();
    const reply: FromWorker = {
      type: 'response',
      id,
      status: response.status,
      statusText: response.statusText,
      headers: [...response.headers],
      body: bytes,
    };
    post(reply, [bytes]);
  };

  return (message) => {
    if (message.type === 'init') {
      try {
        post({ type: 'ready', asOf: start(message.scenario, new Date(message.now), message.baseUrl) }, []);
      } catch (error) {
        post({ type: 'failed', message: messageOf(error) }, []);
      }
      return;
    }
    latest = message.scenario;
    if (!api) {
      post({ type: 'error', id: message.id, message: 'the mock has not started' }, []);
      return;
    }
    answer(message, api).catch((error: unknown) =>
      post({ type: 'error', id: message.id, message: messageOf(error) }, []),
    );
  };
}
