import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED } from './generator';
import { readScenario, scenarioDataset, SCENARIO_STORAGE_KEY } from './scenario';

function storage(value: unknown): Pick<Storage, 'getItem'> {
  return { getItem: (key) => (key === SCENARIO_STORAGE_KEY ? JSON.stringify(value) : null) };
}

describe('readScenario', () => {
  const now = new Date(2026, 10, 27);

  it('defaults to DEFAULT_SEED and the last complete month', () => {
    expect(readScenario({ now, storage: { getItem: () => null } })).toEqual({
      seed: DEFAULT_SEED,
      asOf: '2026-10',
      shape: 'reformed',
      size: 'province',
      failPaths: [],
      corruptPaths: [],
      apiVersion: '1.1',
      lagMonths: 0,
      unreported: [],
    });
  });

  it('works without localStorage (node)', () => {
    expect(readScenario({ now }).seed).toBe(DEFAULT_SEED);
  });

  it('reads a pinned scenario with injected failures', () => {
    const scenario = readScenario({
      now,
      storage: storage({
        seed: 7,
        asOf: '2025-06',
        shape: 'no-districts',
        failPaths: ['/stats/incidents'],
        failTimes: 3,
        corruptPaths: ['/groups', 3],
        latencyMs: 0,
      }),
    });
    expect(scenario).toEqual({
      seed: 7,
      asOf: '2025-06',
      shape: 'no-districts',
      size: 'province',
      failPaths: ['/stats/incidents'],
      failTimes: 3,
      corruptPaths: ['/groups'],
      latencyMs: 0,
      apiVersion: '1.1',
      lagMonths: 0,
      unreported: [],
    });
  });

  it('reads a v1-only API with lagging data and unreported ward-months', () => {
    const unreported = [{ wardId: 'p01d01w01', month: '2026-09' }];
    const scenario = readScenario({
      now,
      storage: storage({
        apiVersion: '1',
        lagMonths: 1,
        unreported: [...unreported, { wardId: 'x', month: 'bad' }, 'nope'],
      }),
    });
    expect(scenario).toMatchObject({ apiVersion: '1', lagMonths: 1, unreported });
    expect(scenarioDataset(scenario)).toMatchObject({ asOf: '2026-09', unreported });
    expect(readScenario({ now, storage: storage({ apiVersion: '2', lagMonths: -1 }) })).toMatchObject({
      apiVersion: '1.1',
      lagMonths: 0,
    });
  });

  it('ignores malformed JSON and invalid fields', () => {
    expect(readScenario({ now, storage: { getItem: () => '{oops' } }).asOf).toBe('2026-10');
    const scenario = readScenario({ now, storage: storage({ seed: 'x', asOf: '2025-13', latencyMs: -5 }) });
    expect(scenario).toMatchObject({ seed: DEFAULT_SEED, asOf: '2026-10' });
    expect(scenario.latencyMs).toBeUndefined();
  });
});
