// Shared helpers for the mock API tests (not used by the app).
import type { z } from 'zod';
import { problemSchema, type Problem } from '../src/api/schemas';

export const API = 'http://localhost/api/v1';

/** GETs `path` (relative to the API base) and parses the body with `schema`; throws on non-2xx. */
export async function fetchJson<S extends z.ZodType>(
  path: string,
  schema: S,
  base = API,
): Promise<z.infer<S>> {
  const res = await fetch(`${base}${path}`);
  const body: unknown = await res.json();
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status} ${JSON.stringify(body)}`);
  return schema.parse(body);
}

/** GETs `path` expecting a problem response. */
export async function fetchProblem(
  path: string,
  base = API,
): Promise<{ status: number; contentType: string | null; problem: Problem }> {
  const res = await fetch(`${base}${path}`);
  return {
    status: res.status,
    contentType: res.headers.get('content-type'),
    problem: problemSchema.parse(await res.json()),
  };
}

/** Every page of a paginated list (pageSize 500). */
export async function fetchAll<T>(
  path: string,
  schema: z.ZodType<{ items: T[]; total: number }>,
  base = API,
): Promise<T[]> {
  const sep = path.includes('?') ? '&' : '?';
  const out: T[] = [];
  for (let page = 1; ; page++) {
    const body = await fetchJson(`${path}${sep}pageSize=500&page=${page}`, schema, base);
    out.push(...body.items);
    if (out.length >= body.total || body.items.length === 0) return out;
  }
}
