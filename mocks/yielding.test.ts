// Long handler loops yield to the event loop (api/query.ts TimeSlicer), so the embedded mock never
// freezes the page. Checked deterministically: the time source is replaced by a clock that moves
// 1 ms per read, so the number of yields depends only on the work done, never on the machine.
// Wall-clock measurements of the mock live in timing.bench.ts (`npm run bench`, not gating).
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { patrolsPageSchema } from '../src/api/schemas';
import { SLICE_MS, TimeSlicer } from './api/query';
import { generateDataset } from './generator';
import { createMockServer } from './node';
import { fetchJson } from './test-helpers';

const ds = generateDataset({ seed: 99 });
const server = createMockServer({ dataset: ds });
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterAll(() => server.close());

function steppingClock(): void {
  let t = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => (t += 1));
}

/** How many times a setTimeout(0) ticker got to run while `work` ran: the work's yields. */
async function ticksDuring(work: () => Promise<unknown>): Promise<number> {
  let ticks = 0;
  let running = true;
  const tick = () => {
    if (!running) return;
    ticks++;
    setTimeout(tick, 0);
  };
  setTimeout(tick, 0);
  await work();
  running = false;
  return ticks;
}

describe('time slicing', () => {
  it('TimeSlicer yields once a slice has used up SLICE_MS, and not before', async () => {
    steppingClock();
    const slicer = new TimeSlicer();
    const calls = 10 * SLICE_MS;
    const ticks = await ticksDuring(async () => {
      for (let i = 0; i < calls; i++) await slicer.tick();
    });
    // Each tick() reads the clock once (+1 ms), a yield reads it once more.
    expect(ticks).toBeGreaterThanOrEqual(8);
    expect(ticks).toBeLessThanOrEqual(11);
  });

  it('a province-wide /patrols request for 12 months keeps yielding', async () => {
    steppingClock();
    let total = 0;
    const ticks = await ticksDuring(async () => {
      const body = await fetchJson(`/patrols?from=${ds.months.at(-12)}&sort=participants`, patrolsPageSchema);
      total = body.total;
    });
    expect(total).toBeGreaterThan(20_000);
    // 170 wards × 12 months of derived patrols: one tick per ward-month at least.
    expect(ticks).toBeGreaterThan(100);
  });

  it('a whole-history /stats/incidents by ward keeps yielding', async () => {
    steppingClock();
    const ticks = await ticksDuring(() =>
      fetch(`http://localhost/api/v1/stats/incidents?level=ward&from=${ds.months[0]}`),
    );
    expect(ticks).toBeGreaterThan(ds.wards.length / SLICE_MS);
  });
});
