// Mock scenario: which data set to generate and which failures to inject. Read from
// localStorage['antt.mock'] (JSON) so e2e tests can pin the data and break endpoints, e.g.
//   localStorage.setItem('antt.mock', JSON.stringify({ asOf: '2026-10', failPaths: ['/stats/incidents'] }))
// Fields: seed, asOf ("YYYY-MM"), shape ('reformed' | 'with-districts' | 'no-districts'), size ('province' |
// 'national'), failPaths, failTimes, corruptPaths, latencyMs, apiVersion ('1' | '1.1'), lagMonths,
// unreported — see Scenario.
import { apiVersions, type ApiVersion } from './api/versions';
import {
  DEFAULT_SEED,
  DEFAULT_SHAPE,
  lastCompleteMonth,
  type GenerateOptions,
  type Shape,
  type UnreportedWardMonth,
} from './generator';
import { addMonths, isMonth } from './generator/dates';
import { SCENARIO_STORAGE_KEY } from './worker-protocol';

export { SCENARIO_STORAGE_KEY };

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
  /** The contract version the mock answers as: '1' has no /meta, /me, /stats/reporting. */
  apiVersion: ApiVersion;
  /**
   * The data ends this many months before `asOf` (its dataTo lags, like a reporting system whose
   * last month is not yet published).
   */
  lagMonths: number;
  /** Ward-months without a submitted report (no incident data). */
  unreported: UnreportedWardMonth[];
}

/** The generator options a scenario stands for (the data set's as-of month is its dataTo). */
export function scenarioDataset(
  scenario: Pick<Scenario, 'seed' | 'asOf' | 'shape' | 'size' | 'lagMonths' | 'unreported'>,
): GenerateOptions {
  return {
    seed: scenario.seed,
    asOf: addMonths(scenario.asOf, -scenario.lagMonths),
    shape: scenario.shape,
    size: scenario.size,
    unreported: scenario.unreported,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function unreportedList(value: unknown): UnreportedWardMonth[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((v: unknown) =>
    isRecord(v) && typeof v.wardId === 'string' && typeof v.month === 'string' && isMonth(v.month)
      ? [{ wardId: v.wardId, month: v.month }]
      : [],
  );
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
  const { seed, asOf, shape, size, latencyMs, failTimes, apiVersion, lagMonths } = stored;
  const scenario: Scenario = {
    seed: typeof seed === 'number' && Number.isInteger(seed) ? seed : DEFAULT_SEED,
    asOf: typeof asOf === 'string' && isMonth(asOf) ? asOf : lastCompleteMonth(options.now ?? new Date()),
    shape:
      shape === 'no-districts' || shape === 'with-districts' || shape === 'reformed' ? shape : DEFAULT_SHAPE,
    size: size === 'national' ? 'national' : 'province',
    failPaths: stringList(stored.failPaths),
    corruptPaths: stringList(stored.corruptPaths),
    apiVersion: apiVersions.find((v) => v === apiVersion) ?? '1.1',
    lagMonths: typeof lagMonths === 'number' && Number.isInteger(lagMonths) && lagMonths >= 0 ? lagMonths : 0,
    unreported: unreportedList(stored.unreported),
  };
  if (typeof latencyMs === 'number' && Number.isFinite(latencyMs) && latencyMs >= 0) {
    scenario.latencyMs = latencyMs;
  }
  if (typeof failTimes === 'number' && Number.isInteger(failTimes) && failTimes >= 0) {
    scenario.failTimes = failTimes;
  }
  return scenario;
}
