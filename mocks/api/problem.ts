// Problem details (RFC 9457 subset used by the contract): { title, status, detail? }.
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

/**
 * `body` as JSON, with a Content-Length as MSW's HttpResponse.json sends (Node's fetch, under msw's
 * socket interception, needs it to tell the end of the body).
 */
function json(body: unknown, status: number, contentType: string): Response {
  const text = JSON.stringify(body);
  const length = String(new TextEncoder().encode(text).byteLength);
  return new Response(text, {
    status,
    headers: { 'Content-Type': contentType, 'Content-Length': length },
  });
}

export function problemResponse(
  status: number,
  title: string,
  detail?: string,
  code?: ProblemCode,
): Response {
  const body: Problem = {
    title,
    status,
    ...(detail === undefined ? {} : { detail }),
    ...(code === undefined ? {} : { code }),
  };
  return json(body, status, PROBLEM_CONTENT_TYPE);
}

/** A successful answer: `body` as JSON. */
export function jsonResponse(body: unknown): Response {
  return json(body, 200, 'application/json; charset=utf-8');
}
