import { useCallback, useSyncExternalStore } from 'react';
import { z } from 'zod';
import { DEFAULT_TARGETS, type Targets } from '../figures/targets';

const STORAGE_KEY = 'antt.targets';
const fraction = z.number().min(0).max(1);
const storedSchema = z.object({ mediationRate: fraction, incidentReduction: fraction }).partial();

const listeners = new Set<() => void>();
let cached: { raw: string | null; value: Targets } | undefined;

function read(): Targets {
  let raw: string | null = null;
  try {
    raw = localStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage blocked: the defaults apply.
  }
  if (cached && cached.raw === raw) return cached.value;
  let value = DEFAULT_TARGETS;
  if (raw) {
    try {
      const parsed = storedSchema.safeParse(JSON.parse(raw));
      if (parsed.success) value = { ...DEFAULT_TARGETS, ...parsed.data };
    } catch {
      // Malformed JSON: the defaults apply.
    }
  }
  cached = { raw, value };
  return value;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  const onStorage = (e: StorageEvent) => {
    if (e.key === STORAGE_KEY) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/**
 * The steering committee's targets, kept in this browser (not in the URL: they are a standing
 * setting, not a view). Every component using them updates together, across tabs too.
 */
export function useTargets() {
  const targets = useSyncExternalStore(subscribe, read, () => DEFAULT_TARGETS);
  const setTargets = useCallback((next: Partial<Targets>) => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ ...read(), ...next }));
    for (const l of listeners) l();
  }, []);
  const resetTargets = useCallback(() => {
    localStorage.removeItem(STORAGE_KEY);
    for (const l of listeners) l();
  }, []);
  return { targets, setTargets, resetTargets };
}
