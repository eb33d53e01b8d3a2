// RFC 9457 problem+json answers. Every error the server sends goes through here, so none can carry
// a stack trace, an SQL statement or a driver message: 5xx answers say only what happened and the
// request id to quote; the details go to the log.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { STATUS_CODES } from 'node:http';

export interface Problem {
  type?: string;
  title: string;
  status: number;
  detail?: string;
  /** The request id (x-request-id) to quote when reporting the problem. */
  requestId?: string;
  [extension: string]: unknown;
}

/** An error a route throws to answer with a problem (4xx); its message is shown as `detail`. */
export class HttpProblem extends Error {
  readonly statusCode: number;
  readonly title: string;
  readonly headers: Record<string, string>;
  constructor(
    status: number,
    detail: string,
    options: { title?: string; headers?: Record<string, string> } = {},
  ) {
    super(detail);
    this.name = 'HttpProblem';
    this.statusCode = status;
    this.title = options.title ?? STATUS_CODES[status] ?? 'Error';
    this.headers = options.headers ?? {};
  }
}

export function sendProblem(
  reply: FastifyReply,
  status: number,
  detail?: string,
  extra: Partial<Problem> = {},
): FastifyReply {
  const body: Problem = {
    title: STATUS_CODES[status] ?? 'Error',
    status,
    ...(detail === undefined ? {} : { detail }),
    requestId: reply.request.id,
    ...extra,
  };
  return reply.code(status).type('application/problem+json').send(body);
}

/** Longest client-error detail passed through; longer texts are not messages written for people. */
const MAX_DETAIL = 500;

function statusOf(error: FastifyError): number {
  const status = error.statusCode;
  return typeof status === 'number' && status >= 400 && status <= 599 ? status : 500;
}

/**
 * 4xx: the error's own message (request validation, body too large, rate limit, a route's
 * HttpProblem). Anything else is a 500 whose text never leaves the log: a driver error's message
 * can quote the statement, its parameters or the schema.
 */
function onError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const status = statusOf(error);
  if (status >= 500) {
    request.log.error({ err: error }, 'request failed');
    return sendProblem(
      reply,
      status,
      `The server could not answer this request. Quote request id ${request.id} when reporting it.`,
    );
  }
  request.log.info({ err: { message: error.message, code: error.code }, status }, 'request refused');
  if (error instanceof HttpProblem) {
    reply.headers(error.headers);
    return sendProblem(reply, status, error.message, { title: error.title });
  }
  const detail = error.message.length > MAX_DETAIL ? undefined : error.message;
  return sendProblem(reply, status, detail);
}

export function installProblemHandlers(app: FastifyInstance): void {
  app.setErrorHandler(onError);
}
