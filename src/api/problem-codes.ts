// Stable codes of the problems a client can act on (v1.1 `Problem.code`), shared by the browser
// mock, the reference server and the dashboard, so that each says the same thing by the same name.
// A problem without a code, or with one the client does not know, is shown as its title and detail.

/**
 * A register request that would list too much (the browser mock derives records per ward-month and
 * refuses more than its limit): narrow `areaId` to an area below, or `from`/`to`.
 */
export const QUERY_TOO_BROAD = 'queryTooBroad';

export const problemCodes = [QUERY_TOO_BROAD] as const;
export type ProblemCode = (typeof problemCodes)[number];
