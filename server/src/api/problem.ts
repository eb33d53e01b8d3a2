// Problem details (RFC 9457 subset of the contract): { title, status, detail? } as
// application/problem+json. Routes throw ApiProblem; routes.ts turns it into the response.
import type { FastifyReply } from 'fastify';
import type { ProblemCode } from '../../../src/api/problem-codes';
import type { Problem } from '../../../src/api/schemas';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail?: string,
    /** v1.1 `code`, the same as the mock's for the same problem (src/api/problem-codes.ts). */
    readonly code?: ProblemCode,
  ) {
    super(detail ? `${title}: ${detail}` : title);
    this.name = 'ApiProblem';
  }
}

export function badRequest(detail: string, code?: ProblemCode): ApiProblem {
  return new ApiProblem(400, 'Bad Request', detail, code);
}

export function sendProblem(
  reply: FastifyReply,
  status: number,
  title: string,
  detail?: string,
  code?: ProblemCode,
): FastifyReply {
  const body: Problem = {
    title,
    status,
    ...(detail === undefined ? {} : { detail }),
    ...(code === undefined ? {} : { code }),
  };
  return reply.code(status).type(PROBLEM_CONTENT_TYPE).send(body);
}
