// Problem details (RFC 9457 subset used by the contract): { title, status, detail? }.
import { HttpResponse } from 'msw';
import type { Problem } from '../../src/api/schemas';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** Thrown by parameter parsing and endpoints; turned into a problem response. */
export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail?: string,
  ) {
    super(detail ? `${title}: ${detail}` : title);
    this.name = 'ProblemError';
  }
}

export function badRequest(detail: string): ProblemError {
  return new ProblemError(400, 'Bad Request', detail);
}

export function problemResponse(status: number, title: string, detail?: string): HttpResponse<Problem> {
  const body: Problem = detail === undefined ? { title, status } : { title, status, detail };
  return HttpResponse.json(body, { status, headers: { 'Content-Type': PROBLEM_CONTENT_TYPE } });
}
