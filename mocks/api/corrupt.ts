// Schema-invalid variants of valid bodies, for testing the client's validation errors.
import type { JsonBodyType } from 'msw';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Breaks one field of the first item: its first number becomes a string (e.g. "members": "12"),
 * or, for items without numbers (mediation cases), its first string field after "id" becomes
 * a number. With no items the page "total" (or "items" itself) is broken instead.
 */
export function corruptBody(body: unknown): JsonBodyType {
  if (!isRecord(body) || !Array.isArray(body.items)) return { corrupted: true };
  const [first, ...rest] = body.items as unknown[];
  if (isRecord(first)) {
    const numberKey = Object.keys(first).find((k) => typeof first[k] === 'number');
    if (numberKey !== undefined)
      return { ...body, items: [{ ...first, [numberKey]: String(first[numberKey]) }, ...rest] };
    const stringKey = Object.keys(first).find((k) => k !== 'id' && typeof first[k] === 'string');
    if (stringKey !== undefined) return { ...body, items: [{ ...first, [stringKey]: 12345 }, ...rest] };
  }
  if (typeof body.total === 'number') return { ...body, total: String(body.total) };
  return { ...body, items: 'corrupted' };
}
