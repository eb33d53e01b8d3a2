import type { z } from 'zod';
import { ApiError, invalidResponse, parseRetryAfter } from './errors';
import { problemSchema } from './schemas';

export type QueryParams = Record<string, string | number | undefined>;

/**
 * Where the bearer token comes from when the deployment requires sign-in (src/auth). Kept behind
 * this interface so the client knows nothing of OpenID Connect.
 */
export interface AccessTokenSource {
  /** The current access token (renewed first when it is about to expire), or null when there is none. */
  getToken(): Promise<string | null>;
  /**
   * After a 401: renews the token and returns it, or returns null when that failed (the source then
   * starts a new sign-in, which leaves the page and comes back to the same URL).
   */
  renew(): Promise<string | null>;
}

let tokenSource: AccessTokenSource | null = null;

/** Set once at start-up when config.json has `auth`; null (the default) sends no Authorization header. */
export function setAccessTokenSource(source: AccessTokenSource | null): void {
  tokenSource = source;
}

/** How long one request may take unless config.json's `requestTimeoutMs` says otherwise. */
export const DEFAULT_TIMEOUT_MS = 30_000;

/**
 * How a request reaches the API: fetch, or the embedded mock's Web Worker (mocks/browser.ts). Like
 * fetch, it rejects with the signal's reason when aborted and with a TypeError when nothing answers.
 */
export type ApiTransport = (url: string, init: RequestInit) => Promise<Response>;

let baseUrl = '/api/v1';
let demo = false;
let timeoutMs = DEFAULT_TIMEOUT_MS;
let transport: ApiTransport | undefined;

/** Set once at start-up from config.json, the build's VITE_API_BASE_URL or the embedded mock. */
export function setApiBaseUrl(
  url: string,
  options: { demo?: boolean; timeoutMs?: number; transport?: ApiTransport } = {},
): void {
  baseUrl = url.replace(/\/+$/, '');
  demo = options.demo ?? false;
  timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  transport = options.transport;
}

/** True when the figures come from the embedded mock: the shell then shows a "demo data" badge. */
export function isDemoData(): boolean {
  return demo;
}

export function apiUrl(path: string, params: QueryParams = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  const qs = search.toString();
  return `${baseUrl}${path}${qs ? `?${qs}` : ''}`;
}

interface ExchangeOptions {
  method?: 'GET' | 'POST';
  params?: QueryParams;
  /** A form's parts: fetch sets the multipart Content-Type with its boundary itself. */
  body?: FormData;
  signal?: AbortSignal | undefined;
  /** This request's clock instead of the deployment's `requestTimeoutMs`. */
  timeoutMs?: number;
}

/** An answer as it came: the response and its body parsed as JSON (undefined when it is not JSON). */
interface Exchange {
  response: Response;
  body: unknown;
}

/**
 * One request with everything every call needs: the bearer token (renewed once after a 401), one
 * timeout for the whole exchange, and network failures and timeouts as ApiErrors.
 */
async function exchange(path: string, options: ExchangeOptions = {}): Promise<Exchange> {
  const { method = 'GET', params = {}, body, signal } = options;
  const ms = options.timeoutMs ?? timeoutMs;
  const url = apiUrl(path, params);
  // One clock for the whole exchange (renewal and body included): the user waits for all of it.
  const timeout = AbortSignal.timeout(ms);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  const timedOut = () =>
    new ApiError({ kind: 'timeout', path, timeoutMs: ms, message: `${path}: no answer within ${ms} ms` });
  const send = async (token: string | null): Promise<Response> => {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (token) headers.Authorization = `Bearer ${token}`;
    try {
      const init: RequestInit = { method, signal: combined, headers, ...(body ? { body } : {}) };
      // The global fetch as it is now (tests replace it), unless a transport was set.
      return await (transport ? transport(url, init) : fetch(url, init));
    } catch (cause) {
      // Superseded by a newer selection: TanStack Query discards it, no error to show.
      if (signal?.aborted) throw cause;
      if (timeout.aborted) throw timedOut();
      throw new ApiError({ kind: 'network', path, message: `${path}: network error` });
    }
  };
  let response = await send(tokenSource ? await tokenSource.getToken() : null);
  // An expired or revoked token: renew once and ask again, so the view stays as it is.
  if (response.status === 401 && tokenSource) {
    const renewed = await tokenSource.renew();
    if (renewed) response = await send(renewed);
  }
  const parsed: unknown = await response.json().catch((cause: unknown) => {
    if (signal?.aborted) throw cause;
    if (timeout.aborted) throw timedOut();
    return undefined;
  });
  // A User Timing mark per answer: the benchmark (bench/) measures from the data's arrival to the
  // figures shown, and a profile in DevTools shows when each answer came.
  performance.mark('antt:answer', { detail: path });
  return { response, body: parsed };
}

/** A failed answer as an ApiError: the status, and only what the server said about it. */
function httpError(path: string, { response, body }: Exchange): ApiError {
  const problem = problemSchema.safeParse(body);
  // Only what the server said: its problem title, else its reason phrase (none over HTTP/2).
  const title = problem.success ? problem.data.title : response.statusText || undefined;
  const detail = problem.success ? problem.data.detail : undefined;
  const code = problem.success ? problem.data.code : undefined;
  const retryAfterMs = parseRetryAfter(response.headers.get('Retry-After'));
  return new ApiError({
    kind: 'http',
    path,
    status: response.status,
    ...(title ? { title } : {}),
    ...(detail ? { detail } : {}),
    ...(code ? { code } : {}),
    ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    message: `${path}: HTTP ${response.status}${title ? ` ${title}` : ''}${detail ? ` (${detail})` : ''}`,
  });
}

function validated<S extends z.ZodType>(path: string, schema: S, body: unknown): z.infer<S> {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw invalidResponse(path, parsed.error);
  return parsed.data;
}

/** GETs a path and validates the body with its zod schema: nothing unvalidated reaches a view. */
export async function apiGet<S extends z.ZodType>(
  path: string,
  schema: S,
  params: QueryParams = {},
  signal?: AbortSignal,
): Promise<z.infer<S>> {
  const answer = await exchange(path, { params, signal });
  if (!answer.response.ok) throw httpError(path, answer);
  return validated(path, schema, answer.body);
}

/** What a form POST answered: the success body, or a refusal the view shows as data. */
export type PostFormAnswer<S extends z.ZodType, R extends z.ZodType> =
  { ok: true; data: z.infer<S> } | { ok: false; data: z.infer<R> };

/**
 * POSTs a multipart form and validates the answer: a 2xx with `schema`; the status `rejected.status`
 * (e.g. an import's 422 validation report) with `rejected.schema`, returned rather than thrown
 * because it is the answer the user needs to read; any other status is an ApiError as for a GET.
 */
export async function apiPostForm<S extends z.ZodType, R extends z.ZodType>(
  path: string,
  form: FormData,
  schema: S,
  rejected: { status: number; schema: R },
  options: { params?: QueryParams; signal?: AbortSignal; timeoutMs?: number } = {},
): Promise<PostFormAnswer<S, R>> {
  const answer = await exchange(path, { ...options, method: 'POST', body: form });
  if (answer.response.status === rejected.status)
    return { ok: false, data: validated(path, rejected.schema, answer.body) };
  if (!answer.response.ok) throw httpError(path, answer);
  return { ok: true, data: validated(path, schema, answer.body) };
}

/** The deployment's timeout for one request (config.json's `requestTimeoutMs`). */
export function requestTimeoutMs(): number {
  return timeoutMs;
}

/**
 * GET of an endpoint contract v1.1 added (/meta, /me): a v1 API answers 404, which is not an
 * error but "this API does not say", so the result is null.
 */
export async function apiGetOptional<S extends z.ZodType>(
  path: string,
  schema: S,
  signal?: AbortSignal,
): Promise<z.infer<S> | null> {
  try {
    return await apiGet(path, schema, {}, signal);
  } catch (error) {
    if (error instanceof ApiError && error.kind === 'http' && error.status === 404) return null;
    throw error;
  }
}
