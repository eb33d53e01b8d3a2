// Problem details (RFC 9457 subset used by the contract): { title, status, detail? }.
import { HttpResponse } from 'msw';
import type { ProblemCode } from '../../src/api/problem-codes';
import type { Problem } from '../../src/api/schemas';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** Thrown by parameter parsing and endpoints; turned into a problem response. */
export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail?: string,
    /** v1.1 `code` (src/api/problem-codes.ts), for a problem the client can act on. */
    readonly code?: ProblemCode,
  ) {
    super(detail ? `${title}: ${detail}` : title);
    this.name = 'ProblemError';
  }
}

export function badRequest(detail: string, code?: ProblemCode): ProblemError {
  return new ProblemError(400, 'Bad Request', detail, code);
}

export function problemResponse(
  status: number,
  title: string,
  detail?: string,
  code?: ProblemCode,
): HttpResponse<Problem> {
  const body: Problem = {
    title,
    status,
    ...(detail === undefined ? {} : { detail }),
    ...(code === undefined ? {} : { code }),
  };
  return HttpResponse.json(body, { status, headers: { 'Content-Type': PROBLEM_CONTENT_TYPE } });
}
