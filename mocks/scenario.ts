// Mock scenario: which data set to generate and which failures to inject. Read from
// localStorage['antt.mock'] (JSON) so e2e tests can pin the data and break endpoints, e.g.
//   localStorage.setItem('antt.mock', JSON.stringify({ asOf: '2026-10', failPaths: ['/stats/incidents'] }))
// Fields: seed, asOf ("YYYY-MM"), shape ('with-districts' | 'no-districts'), size ('province' |
// 'national'), failPaths, failTimes, corruptPaths, latencyMs — see Scenario.
import { DEFAULT_SEED, lastCompleteMonth, type Shape } from './generator';
import { isMonth } from './generator/dates';

export const SCENARIO_STORAGE_KEY = 'antt.mock';

export interface Scenario {
  seed: number;
  asOf: string;
  shape: Shape;
  size: 'province' | 'national';
  failPaths: string[];
  /** Requests per fail path that fail before it recovers; undefined = all. */
  failTimes?: number;
  corruptPaths: string[];
  /** Undefined = the entry point's default. */
  latencyMs?: number;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function readStored(storage: Pick<Storage, 'getItem'> | undefined): Record<string, unknown> {
  try {
    const raw = storage?.getItem(SCENARIO_STORAGE_KEY);
    if (!raw) return {};
    const parsed: unknown = JSON.parse(raw);
    return isRecord(parsed) ? parsed : {};
  } catch {
    return {}; // no storage access or malformed JSON: defaults
  }
}

function defaultStorage(): Pick<Storage, 'getItem'> | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/**
 * The scenario from localStorage (when present), with defaults seed = DEFAULT_SEED and
 * asOf = the last complete month before `now`. Invalid fields are ignored.
 */
export function readScenario(options: { storage?: Pick<Storage, 'getItem'>; now?: Date } = {}): Scenario {
  const stored = readStored(options.storage ?? defaultStorage());
  const { seed, asOf, shape, size, latencyMs, failTimes } = stored;
  const scenario: Scenario = {
    seed: typeof seed === 'number' && Number.isInteger(seed) ? seed : DEFAULT_SEED,
    asOf: typeof asOf === 'string' && isMonth(asOf) ? asOf : lastCompleteMonth(options.now ?? new Date()),
    shape: shape === 'no-districts' ? 'no-districts' : 'with-districts',
    size: size === 'national' ? 'national' : 'province',
    failPaths: stringList(stored.failPaths),
    corruptPaths: stringList(stored.corruptPaths),
  };
  if (typeof latencyMs === 'number' && Number.isFinite(latencyMs) && latencyMs >= 0) {
    scenario.latencyMs = latencyMs;
  }
  if (typeof failTimes === 'number' && Number.isInteger(failTimes) && failTimes >= 0) {
    scenario.failTimes = failTimes;
  }
  return scenario;
}
