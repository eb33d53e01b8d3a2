// Every row of a paged list endpoint (GET /groups, /patrols, /mediation-cases answer
// { items, total, page, pageSize }): `fetchAllPages(path, pageSchema, params, options)` asks for
// page 1, 2, … with the same filters until `total` rows have arrived, validating each page with
// its zod schema, reporting progress, yielding to the event loop between pages (the page stays
// responsive) and stopping as soon as `options.signal` is aborted.
import type { z } from 'zod';
import { apiGet, type QueryParams } from '../api/client';

/** The API's largest page: fewest requests. */
export const EXPORT_PAGE_SIZE = 500;

export interface FetchAllOptions {
  signal?: AbortSignal;
  pageSize?: number;
  /** Called after each page with the rows so far and the total the API reports. */
  onProgress?: (loaded: number, total: number) => void;
}

type PageSchema = z.ZodType<{ items: unknown[]; total: number; page: number; pageSize: number }>;

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The export was cancelled.', 'AbortError');
}

/** Lets rendering and input run between pages; a macrotask, so it is more than a microtask hop. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException
    ? error.name === 'AbortError'
    : error instanceof Error && error.name === 'AbortError';
}

export async function fetchAllPages<S extends PageSchema>(
  path: string,
  schema: S,
  params: QueryParams,
  options: FetchAllOptions = {},
): Promise<z.infer<S>['items']> {
  const { signal, pageSize = EXPORT_PAGE_SIZE, onProgress } = options;
  const rows: z.infer<S>['items'] = [];
  for (let page = 1; ; page++) {
    if (signal?.aborted) throw abortError(signal);
    const body = await apiGet(path, schema, { ...params, page, pageSize }, signal);
    rows.push(...body.items);
    onProgress?.(rows.length, Math.max(body.total, rows.length));
    // An empty or short page ends the list even if `total` promised more (rows deleted meanwhile).
    if (rows.length >= body.total || body.items.length < body.pageSize || body.items.length === 0) break;
    await yieldToEventLoop();
  }
  if (signal?.aborted) throw abortError(signal);
  return rows;
}
