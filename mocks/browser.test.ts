// The page's transport (browser.ts) and the worker's side (mock-service.ts) over a MessageChannel,
// as the app's Web Worker connects them, and the API client sending through it.
import { afterEach, describe, expect, it } from 'vitest';
import { apiGet, apiPostForm, setApiBaseUrl } from '../src/api/client';
import { ApiError } from '../src/api/errors';
import { areasResponseSchema, metaSchema, problemSchema } from '../src/api/schemas';
import { linkMock } from './browser';
import { generateDataset } from './generator';
import { IMPORT_FORBIDDEN } from './api/imports';
import { serveMock } from './mock-service';
import { scenarioDataset, readScenario } from './scenario';
import type { FromWorker, ToWorker } from './worker-protocol';

const PAGE = 'http://localhost:5173/overview';
const BASE = 'http://localhost:5173/api/v1';
const NOW = new Date('2026-11-15T03:00:00Z');

const channels: MessageChannel[] = [];
afterEach(() => {
  for (const channel of channels.splice(0)) {
    channel.port1.close();
    channel.port2.close();
  }
  setApiBaseUrl('/api/v1');
});

/** A worker and a page linked over a MessageChannel; `stored` is what localStorage holds. */
function connect(stored: { value: string | null }) {
  const channel = new MessageChannel();
  channels.push(channel);
  const receive = serveMock((message, transfer) => channel.port2.postMessage(message, transfer));
  channel.port2.onmessage = (event: MessageEvent<ToWorker>) => receive(event.data);
  const link = linkMock(
    (message, transfer) => channel.port1.postMessage(message, transfer),
    { scenario: stored.value, now: NOW.getTime(), baseUrl: BASE },
    { scenario: () => stored.value, pageUrl: PAGE },
  );
  channel.port1.onmessage = (event: MessageEvent<FromWorker>) => link.receive(event.data);
  return link;
}

const scenario = (fields: Record<string, unknown>) => ({
  value: JSON.stringify({ shape: 'no-districts', latencyMs: 0, ...fields }),
});

describe('the embedded mock over messages', () => {
  it('starts on the stored scenario, with the page clock for the as-of month', async () => {
    const stored = scenario({});
    const { asOf } = await connect(stored).ready;
    const expected = generateDataset(
      scenarioDataset(readScenario({ storage: { getItem: () => stored.value }, now: NOW })),
    );
    expect(asOf).toBe(expected.asOf);
    expect(asOf).toBe('2026-10');
  });

  it('answers the API client through the transport, as it answers in Node', async () => {
    const stored = scenario({ seed: 7 });
    const { transport } = await connect(stored).ready;
    setApiBaseUrl('/api/v1', { demo: true, transport });
    const areas = await apiGet('/areas', areasResponseSchema);
    const expected = generateDataset(
      scenarioDataset(readScenario({ storage: { getItem: () => stored.value }, now: NOW })),
    );
    expect(areas.items.map((a) => a.id)).toEqual(expected.areas.map((a) => a.id));
    const meta = await apiGet('/meta', metaSchema);
    expect(meta).toMatchObject({ dataTo: '2026-10', demo: true });
  });

  it('reads failPaths with each request, so an outage ends when the scenario changes', async () => {
    const stored = scenario({ failPaths: ['/meta'] });
    const { transport } = await connect(stored).ready;
    setApiBaseUrl('/api/v1', { demo: true, transport });
    await expect(apiGet('/meta', metaSchema)).rejects.toMatchObject({ kind: 'http', status: 500 });
    stored.value = JSON.stringify({ shape: 'no-districts', latencyMs: 0 });
    await expect(apiGet('/meta', metaSchema)).resolves.toMatchObject({ demo: true });
  });

  it('sends a form body: the demo refuses an import with the contract’s 403 problem', async () => {
    const { transport } = await connect(scenario({})).ready;
    const form = new FormData();
    form.set('file', new Blob(['a,b\n1,2\n'], { type: 'text/csv' }), 'reports.csv');
    const response = await transport(`/api/v1/imports`, { method: 'POST', body: form });
    expect(response.status).toBe(403);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(problemSchema.parse(await response.json()).detail).toBe(IMPORT_FORBIDDEN);
    setApiBaseUrl('/api/v1', { demo: true, transport });
    await expect(
      apiPostForm('/imports', form, problemSchema, { status: 422, schema: problemSchema }),
    ).rejects.toMatchObject({ kind: 'http', status: 403 });
  });

  it('answers a path outside the endpoints with a 404 problem', async () => {
    const { transport } = await connect(scenario({})).ready;
    const response = await transport('/api/v1/nothing-here', {});
    expect(response.status).toBe(404);
    expect(problemSchema.parse(await response.json()).detail).toBe('No API endpoint at /api/v1/nothing-here');
  });

  it('rejects with the caller’s abort, and the client tells it from its own timeout', async () => {
    const { transport } = await connect(scenario({ latencyMs: 5_000 })).ready;
    const controller = new AbortController();
    const call = transport('/api/v1/meta', { signal: controller.signal });
    controller.abort();
    await expect(call).rejects.toMatchObject({ name: 'AbortError' });

    setApiBaseUrl('/api/v1', { demo: true, transport, timeoutMs: 30 });
    const caller = new AbortController();
    const superseded = apiGet('/meta', metaSchema, {}, caller.signal);
    caller.abort();
    await expect(superseded).rejects.toMatchObject({ name: 'AbortError' });
    const timedOut = await apiGet('/meta', metaSchema).catch((error: unknown) => error);
    expect(timedOut).toBeInstanceOf(ApiError);
    expect(timedOut).toMatchObject({ kind: 'timeout', timeoutMs: 30 });
  });

  it('fails the start when the scenario cannot be built, and later calls once the worker is gone', async () => {
    await expect(
      connect(scenario({ unreported: [{ wardId: 'nowhere', month: '2026-10' }] })).ready,
    ).rejects.toThrow(/nowhere/);
    const link = connect(scenario({ latencyMs: 5_000 }));
    const { transport } = await link.ready;
    setApiBaseUrl('/api/v1', { demo: true, transport });
    const waiting = apiGet('/meta', metaSchema);
    link.fail('the mock worker failed');
    await expect(waiting).rejects.toMatchObject({ kind: 'network' });
    await expect(apiGet('/meta', metaSchema)).rejects.toMatchObject({ kind: 'network' });
  });
});
