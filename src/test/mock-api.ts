// The component tests' API: the embedded mock's handlers on MSW's Node server over one pinned data
// set, with the clock at the e2e tests' instant so the as-of month (and so every figure) is fixed.
import { afterAll, afterEach, beforeAll, vi } from 'vitest';
import { generateDataset } from '../../mocks/generator';
import { createMockServer } from '../../mocks/node';

export const TEST_NOW = new Date('2026-11-15T03:00:00Z');

/** Starts the mock API for this test file (handlers reset after each test) and returns its data. */
export function setupMockApi() {
  const dataset = generateDataset({ asOf: '2026-10', shape: 'with-districts' });
  const server = createMockServer({ dataset });
  beforeAll(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(TEST_NOW);
    server.listen({ onUnhandledFrame: 'error' });
  });
  afterEach(() => server.resetHandlers());
  afterAll(() => {
    server.close();
    vi.useRealTimers();
  });
  return { dataset, server };
}
