import type { z } from 'zod';
import { ApiError, invalidResponse } from './errors';
import { problemSchema } from './schemas';

export type QueryParams = Record<string, string | number | undefined>;

let baseUrl = '/api/v1';
let demo = false;

/** Set once at start-up from config.json, the build's VITE_API_BASE_URL or the embedded mock. */
export function setApiBaseUrl(url: string, options: { demo?: boolean } = {}): void {
  baseUrl = url.replace(/\/+$/, '');
  demo = options.demo ?? false;
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
  let response: Response;
  try {
    response = await fetch(apiUrl(path, params), { signal, headers: { Accept: 'application/json' } });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new ApiError({ kind: 'network', path, message: `${path}: network error` });
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const problem = problemSchema.safeParse(body);
    const title = problem.success ? problem.data.title : response.statusText || 'Error';
    const detail = problem.success ? problem.data.detail : undefined;
    throw new ApiError({
      kind: 'http',
      path,
      status: response.status,
      title,
      ...(detail ? { detail } : {}),
      message: `${path}: HTTP ${response.status} ${title}${detail ? ` (${detail})` : ''}`,
    });
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw invalidResponse(path, parsed.error);
  return parsed.data;
}
