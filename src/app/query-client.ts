import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/errors';

/** How many times a transient failure is asked again before the panel shows its error. */
export const MAX_RETRIES = 2;
/** The longest pause between attempts, whatever `Retry-After` asks: a user is waiting. */
export const MAX_RETRY_DELAY_MS = 30_000;

/** Statuses that say "try again later": gateway trouble, overload, rate limiting. */
const TRANSIENT_STATUSES = new Set([429, 502, 503, 504]);

/**
 * Only what may fix itself is retried: the network, 429, 502, 503, 504. Any other 4xx or 5xx, an
 * invalid body or a timeout (already a long wait) shows at once, with the panel's retry button.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_RETRIES || !(error instanceof ApiError)) return false;
  if (error.kind === 'network') return true;
  return error.kind === 'http' && TRANSIENT_STATUSES.has(error.status ?? 0);
}

/** The server's `Retry-After` when it gave one, else exponential backoff: 1 s, 2 s, 4 s … */
export function retryDelay(failureCount: number, error: unknown): number {
  const asked = error instanceof ApiError ? error.retryAfterMs : undefined;
  return Math.min(asked ?? 1000 * 2 ** failureCount, MAX_RETRY_DELAY_MS);
}

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, retryDelay, refetchOnWindowFocus: false },
    },
  });
}
