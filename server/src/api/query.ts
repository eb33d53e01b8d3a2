// Query-string parsing as the contract states it: an empty value counts as absent, a parameter
// given twice is a 400, parameters the contract does not list are ignored. Values are checked with
// the contract's own zod schemas (src/api/schemas.ts), so the server accepts exactly what it promises.
import { z } from 'zod';
import { monthString } from '../../../src/api/schemas';
import { badRequest } from './problem';

const integer = z.string().regex(/^[+-]?\d+$/);

export class Query {
  private readonly search: URLSearchParams;

  /** `url`: the request's path and query (request.url). */
  constructor(url: string) {
    const q = url.indexOf('?');
    this.search = new URLSearchParams(q < 0 ? '' : url.slice(q + 1));
  }

  string(name: string): string | undefined {
    const values = this.search.getAll(name);
    if (values.length > 1) throw badRequest(`Parameter "${name}" must be given at most once`);
    const value = values[0]?.trim();
    return value ? value : undefined;
  }

  int(name: string, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
    const raw = this.string(name);
    if (raw === undefined) return fallback;
    if (!integer.safeParse(raw).success)
      throw badRequest(`Parameter "${name}" must be an integer, got "${raw}"`);
    const value = Number(raw);
    if (value < min || value > max) {
      const range = max === Number.MAX_SAFE_INTEGER ? `at least ${min}` : `between ${min} and ${max}`;
      throw badRequest(`Parameter "${name}" must be ${range}, got ${raw}`);
    }
    return value;
  }

  month(name: string): string | undefined {
    const raw = this.string(name);
    if (raw !== undefined && !monthString.safeParse(raw).success)
      throw badRequest(`Parameter "${name}" must be a month "YYYY-MM", got "${raw}"`);
    return raw;
  }

  oneOf<T extends string>(name: string, values: readonly [T, ...T[]]): T | undefined {
    const raw = this.string(name);
    if (raw === undefined) return undefined;
    const parsed = z.enum(values).safeParse(raw);
    if (!parsed.success)
      throw badRequest(`Parameter "${name}" must be one of ${values.join(', ')}; got "${raw}"`);
    return parsed.data;
  }

  /** A comma-separated list, each item one of `values` (repeats allowed); an empty item → 400. */
  listOf<T extends string>(name: string, values: readonly [T, ...T[]]): T[] | undefined {
    const raw = this.string(name);
    if (raw === undefined) return undefined;
    const schema = z.enum(values);
    return raw.split(',').map((item) => {
      const parsed = schema.safeParse(item.trim());
      if (!parsed.success)
        throw badRequest(
          `Parameter "${name}" must be a comma-separated list of ${values.join(', ')}; got "${item}"`,
        );
      return parsed.data;
    });
  }
}
