// Problem details (RFC 9457 subset of the contract): { title, status, detail? } as
// application/problem+json. Routes throw ApiProblem; routes.ts turns it into the response.
import type { FastifyReply } from 'fastify';
import type { Problem } from '../../../src/api/schemas';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail?: string,
  ) {
    super(detail ? `${title}: ${detail}` : title);
    this.name = 'ApiProblem';
  }
}

export function badRequest(detail: string): ApiProblem {
  return new ApiProblem(400, 'Bad Request', detail);
}

export function sendProblem(
  reply: FastifyReply,
  status: number,
  title: string,
  detail?: string,
): FastifyReply {
  const body: Problem = detail === undefined ? { title, status } : { title, status, detail };
  return reply.code(status).type(PROBLEM_CONTENT_TYPE).send(body);
}
