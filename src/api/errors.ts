import type { z } from 'zod';

export type ApiErrorKind = 'http' | 'invalid' | 'network' | 'timeout';

/** What failed, in terms a panel can show: the HTTP status and problem title, or the invalid field. */
export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly path: string;
  readonly status: number | undefined;
  readonly title: string | undefined;
  /** The problem's `detail`: what the server says to do about it (e.g. "narrow the area"). */
  readonly detail: string | undefined;
  readonly field: string | undefined;
  /** How long the server asked us to wait before asking again (`Retry-After` on a 429 or 503). */
  readonly retryAfterMs: number | undefined;
  /** For a timeout: how long the request was given. */
  readonly timeoutMs: number | undefined;

  constructor(init: {
    kind: ApiErrorKind;
    path: string;
    message: string;
    status?: number;
    title?: string;
    detail?: string;
    field?: string;
    retryAfterMs?: number;
    timeoutMs?: number;
  }) {
    super(init.message);
    this.name = 'ApiError';
    this.kind = init.kind;
    this.path = init.path;
    this.status = init.status;
    this.title = init.title;
    this.detail = init.detail;
    this.field = init.field;
    this.retryAfterMs = init.retryAfterMs;
    this.timeoutMs = init.timeoutMs;
  }
}

/**
 * `Retry-After` in milliseconds: delta-seconds or an HTTP date (RFC 9110 §10.2.3); undefined when
 * absent or unreadable.
 */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** "items[3].total" from zod's path, so the error names the field a backend team must fix. */
export function issuePath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(root)';
}

export function invalidResponse(path: string, error: z.ZodError): ApiError {
  const issue = error.issues[0];
  const field = issue ? issuePath(issue.path) : '(root)';
  return new ApiError({
    kind: 'invalid',
    path,
    field,
    message: `${path}: invalid response at ${field}: ${issue?.message ?? 'unexpected shape'}`,
  });
}
