// Browser entry: the embedded mock API in a dedicated Web Worker (mocks/worker.ts), so building the
// data set and answering requests never block the page. Only this file runs on the page: the API
// client's transport, which hands each request to the worker and its answer back as a Response.
import type { ApiTransport } from '../src/api/client';
import {
  SCENARIO_STORAGE_KEY,
  type FromWorker,
  type InitMessage,
  type Post,
  type RequestMessage,
  type ToWorker,
} from './worker-protocol';

export interface MockLink {
  /** Resolves once the worker has built the data set (its as-of month); rejects if it could not. */
  ready: Promise<{ asOf: string; transport: ApiTransport }>;
  /** Hands the worker's messages to the link. */
  receive(message: FromWorker): void;
  /** The worker is gone (it failed to load or crashed): what still waits fails as a network error. */
  fail(reason: string): void;
}

interface Call {
  resolve(response: Response): void;
  reject(reason: unknown): void;
}

const networkError = (reason: string) => new TypeError(`Failed to fetch: ${reason}`);
// Statuses whose Response may not have a body (the Fetch standard's null body statuses).
const NULL_BODY = new Set([101, 103, 204, 205, 304]);

/**
 * The page's end of the worker: `post` sends to it, `init` starts it, `scenario` reads the stored
 * scenario (sent with each request), `pageUrl` resolves the client's relative URLs.
 */
export function linkMock(
  post: Post<ToWorker>,
  init: Omit<InitMessage, 'type'>,
  options: { scenario: () => string | null; pageUrl: string },
): MockLink {
  const calls = new Map<number, Call>();
  let nextId = 0;
  let broken: string | undefined;

  // Like fetch: rejects with the signal's reason once aborted, a TypeError when there is no answer.
  const transport: ApiTransport = async (url, requestInit = {}) => {
    const request = new Request(new URL(url, options.pageUrl), requestInit);
    const body = request.method === 'GET' || request.method === 'HEAD' ? null : await request.arrayBuffer();
    const { signal } = request;
    signal.throwIfAborted();
    if (broken) throw networkError(broken);
    return new Promise<Response>((resolve, reject) => {
      const id = nextId++;
      const abort = () => {
        calls.delete(id);
        reject(signal.reason);
      };
      signal.addEventListener('abort', abort, { once: true });
      const done = () => signal.removeEventListener('abort', abort);
      calls.set(id, {
        resolve: (response) => (done(), resolve(response)),
        reject: (reason) => (done(), reject(reason)),
      });
      const message: RequestMessage = {
        type: 'request',
        id,
        scenario: options.scenario(),
        url: request.url,
        method: request.method,
        headers: [...request.headers],
        body,
      };
      post(message, body ? [body] : []);
    });
  };

  let started: (asOf: string) => void = () => undefined;
  let refused: (reason: unknown) => void = () => undefined;
  const ready = new Promise<{ asOf: string; transport: ApiTransport }>((resolve, reject) => {
    started = (asOf) => resolve({ asOf, transport });
    refused = reject;
  });
  post({ type: 'init', ...init }, []);

  return {
    ready,
    receive(message) {
      if (message.type === 'ready') return started(message.asOf);
      if (message.type === 'failed') return refused(new Error(message.message));
      const call = calls.get(message.id);
      if (!call) return; // aborted meanwhile
      calls.delete(message.id);
      if (message.type === 'error') return call.reject(networkError(message.message));
      const { status, statusText, headers, body } = message;
      call.resolve(new Response(NULL_BODY.has(status) ? null : body, { status, statusText, headers }));
    },
    fail(reason) {
      broken = reason;
      refused(networkError(reason));
      for (const call of calls.values()) call.reject(networkError(reason));
      calls.clear();
    },
  };
}

function storedScenario(): string | null {
  try {
    return localStorage.getItem(SCENARIO_STORAGE_KEY);
  } catch {
    return null; // storage refused (privacy settings): the default scenario
  }
}

/**
 * Starts the worker with the stored scenario and resolves, once the data set is built, to its
 * as-of month and the transport the API client sends `baseUrl`'s requests through.
 */
export function startMockWorker(baseUrl: string): Promise<{ asOf: string; transport: ApiTransport }> {
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  const pageUrl = location.href;
  const link = linkMock(
    (message, transfer) => worker.postMessage(message, transfer),
    { scenario: storedScenario(), now: Date.now(), baseUrl: new URL(baseUrl, pageUrl).href },
    { scenario: storedScenario, pageUrl },
  );
  worker.onmessage = (event: MessageEvent<FromWorker>) => link.receive(event.data);
  worker.onerror = (event) => {
    link.fail(event.message || 'the mock worker failed');
    worker.terminate();
  };
  return link.ready;
}
