import type { z } from 'zod';

export type ApiErrorKind = 'http' | 'invalid' | 'network';

/** What failed, in terms a panel can show: the HTTP status and problem title, or the invalid field. */
export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly path: string;
  readonly status: number | undefined;
  readonly title: string | undefined;
  /** The problem's `detail`: what the server says to do about it (e.g. "narrow the area"). */
  readonly detail: string | undefined;
  readonly field: string | undefined;

  constructor(init: {
    kind: ApiErrorKind;
    path: string;
    message: string;
    status?: number;
    title?: string;
    detail?: string;
    field?: string;
  }) {
    super(init.message);
    this.name = 'ApiError';
    this.kind = init.kind;
    this.path = init.path;
    this.status = init.status;
    this.title = init.title;
    this.detail = init.detail;
    this.field = init.field;
  }
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
