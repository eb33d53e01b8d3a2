// The embedded mock's dedicated Web Worker (started by mocks/browser.ts): the data set is built,
// and every answer computed, here, off the page's main thread.
import { serveMock } from './mock-service';
import type { ToWorker } from './worker-protocol';

const receive = serveMock((message, transfer) => self.postMessage(message, { transfer }));
self.onmessage = (event: MessageEvent<ToWorker>) => receive(event.data);
