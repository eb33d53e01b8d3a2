import type { z } from 'zod';
import { issueProblem, problemSummary, type DataProblem } from './data-problems';

export type ApiErrorKind = 'http' | 'invalid' | 'network' | 'timeout';

/** What failed, in terms a panel can show: the HTTP status and problem title, or the invalid field. */
export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly path: string;
  readonly status: number | undefined;
  readonly title: string | undefined;
  /** The problem's `detail`: what the server says to do about it (e.g. "narrow the area"). */
  readonly detail: string | undefined;
  /** The problem's v1.1 `code` (src/api/problem-codes.ts): what the dashboard can say and offer. */
  readonly code: string | undefined;
  readonly field: string | undefined;
  /** For an answer of the right shape that cannot be true: what exactly is wrong with it. */
  readonly problem: DataProblem | undefined;
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
    code?: string;
    field?: string;
    problem?: DataProblem;
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
    this.code = init.code;
    this.field = init.field;
    this.problem = init.problem;
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
  // A refinement's problem (a duplicate row, a cycle) says more than a shape issue beside it.
  const issue = error.issues.find((i) => issueProblem(i) !== undefined) ?? error.issues[0];
  const field = issue ? issuePath(issue.path) : '(root)';
  const problem = issueProblem(issue);
  return new ApiError({
    kind: 'invalid',
    path,
    field,
    ...(problem ? { problem } : {}),
    message: `${path}: invalid response at ${field}: ${issue?.message ?? 'unexpected shape'}`,
  });
}

/** An answer that contradicts another endpoint's (found where the two are combined). */
export function inconsistentResponse(path: string, field: string, problem: DataProblem): ApiError {
  return new ApiError({
    kind: 'invalid',
    path,
    field,
    problem,
    message: `${path}: inconsistent response at ${field}: ${problemSummary(problem)}`,
  });
}
