import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/errors';
import { MAX_RETRIES, MAX_RETRY_DELAY_MS, retryDelay, shouldRetry } from './query-client';

const http = (status: number, retryAfterMs?: number) =>
  new ApiError({
    kind: 'http',
    path: '/x',
    status,
    message: `HTTP ${status}`,
    ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
  });

describe('retry policy', () => {
  it('retries the network, 429, 502, 503 and 504, up to MAX_RETRIES times', () => {
    for (const error of [
      new ApiError({ kind: 'network', path: '/x', message: 'x' }),
      http(429),
      http(502),
      http(503),
      http(504),
    ]) {
      expect(shouldRetry(0, error)).toBe(true);
      expect(shouldRetry(MAX_RETRIES, error)).toBe(false);
    }
  });

  it('never retries another 4xx, a 500, an invalid body, a timeout or a bug', () => {
    for (const error of [
      http(400),
      http(401),
      http(403),
      http(404),
      http(500),
      new ApiError({ kind: 'invalid', path: '/x', message: 'x', field: 'items' }),
      new ApiError({ kind: 'timeout', path: '/x', message: 'x', timeoutMs: 30_000 }),
      new TypeError('undefined is not a function'),
    ]) {
      expect(shouldRetry(0, error)).toBe(false);
    }
  });

  it('waits as long as Retry-After asks, within a cap, else backs off exponentially', () => {
    expect(retryDelay(0, http(503, 1000))).toBe(1000);
    expect(retryDelay(0, http(429, 3_600_000))).toBe(MAX_RETRY_DELAY_MS);
    expect(retryDelay(0, http(502))).toBe(1000);
    expect(retryDelay(1, http(502))).toBe(2000);
    expect(retryDelay(2, http(502))).toBe(4000);
  });
});
