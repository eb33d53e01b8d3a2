// The messages between the page (mocks/browser.ts) and the mock's Web Worker (mocks/worker.ts).
// The page holds no mock code: it forwards each API request and reads localStorage, which a
// worker has not, for the scenario (mocks/scenario.ts).

/** Where the scenario lives in localStorage (JSON, see mocks/README.md). */
export const SCENARIO_STORAGE_KEY = 'antt.mock';

export interface InitMessage {
  type: 'init';
  /** localStorage's scenario as stored (null: none). */
  scenario: string | null;
  /** The page's clock (ms), for the default as-of month: a test may have pinned it. */
  now: number;
  /** The API base the app asks, as an absolute URL. */
  baseUrl: string;
}

export interface RequestMessage {
  type: 'request';
  id: number;
  /** The scenario as stored now: its failPaths are read per request (a test ends an outage so). */
  scenario: string | null;
  url: string;
  method: string;
  headers: [string, string][];
  body: ArrayBuffer | null;
}

export type ToWorker = InitMessage | RequestMessage;

export type FromWorker =
  | { type: 'ready'; asOf: string }
  /** The data set could not be built (e.g. an unknown ward in the scenario's `unreported`). */
  | { type: 'failed'; message: string }
  | {
      type: 'response';
      id: number;
      status: number;
      statusText: string;
      headers: [string, string][];
      body: ArrayBuffer;
    }
  /** No answer: the page sees a network error. */
  | { type: 'error'; id: number; message: string };

/** How one side hands a message to the other (a Worker's, a worker scope's or a port's postMessage). */
export type Post<M> = (message: M, transfer: Transferable[]) => void;
