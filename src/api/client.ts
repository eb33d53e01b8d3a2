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

let baseUrl = '/api/v1';
let demo = false;
let timeoutMs = DEFAULT_TIMEOUT_MS;

/** Set once at start-up from config.json, the build's VITE_API_BASE_URL or the embedded mock. */
export function setApiBaseUrl(url: string, options: { demo?: boolean; timeoutMs?: number } = {}): void {
  baseUrl = url.replace(/\/+$/, '');
  demo = options.demo ?? false;
  timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
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

/** GETs a path and validates the body with its zod schema: nothing unvalidated reaches a view. */
export async function apiGet<S extends z.ZodType>(
  path: string,
  schema: S,
  params: QueryParams = {},
  signal?: AbortSignal,
): Promise<z.infer<S>> {
  const url = apiUrl(path, params);
  // One clock for the whole exchange (renewal and body included): the user waits for all of it.
  const timeout = AbortSignal.timeout(timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  const timedOut = () =>
    new ApiError({
      kind: 'timeout',
      path,
      timeoutMs,
      message: `${path}: no answer within ${timeoutMs} ms`,
    });
  const send = async (token: string | null): Promise<Response> => {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (token) headers.Authorization = `Bearer ${token}`;
    try {
      return await fetch(url, { signal: combined, headers });
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
  const body: unknown = await response.json().catch((cause: unknown) => {
    if (signal?.aborted) throw cause;
    if (timeout.aborted) throw timedOut();
    return undefined;
  });
  if (!response.ok) {
    const problem = problemSchema.safeParse(body);
    // Only what the server said: its problem title, else its reason phrase (none over HTTP/2).
    const title = problem.success ? problem.data.title : response.statusText || undefined;
    const detail = problem.success ? problem.data.detail : undefined;
    const retryAfterMs = parseRetryAfter(response.headers.get('Retry-After'));
    throw new ApiError({
      kind: 'http',
      path,
      status: response.status,
      ...(title ? { title } : {}),
      ...(detail ? { detail } : {}),
      ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
      message: `${path}: HTTP ${response.status}${title ? ` ${title}` : ''}${detail ? ` (${detail})` : ''}`,
    });
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw invalidResponse(path, parsed.error);
  return parsed.data;
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
