// Schema-invalid variants of valid bodies, for testing the client's validation errors.
import type { JsonBodyType } from 'msw';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Its first number as a string (e.g. "members": "12"), else its first string after "id" as a number. */
function breakField(record: Record<string, unknown>): Record<string, unknown> | undefined {
  const numberKey = Object.keys(record).find((k) => typeof record[k] === 'number');
  if (numberKey !== undefined) return { ...record, [numberKey]: String(record[numberKey]) };
  const stringKey = Object.keys(record).find((k) => k !== 'id' && typeof record[k] === 'string');
  return stringKey === undefined ? undefined : { ...record, [stringKey]: 12345 };
}

/**
 * Breaks one field of the first item (see breakField). With no items the page "total" (or
 * "items" itself) is broken instead; a body that is one object (/meta, /me) gets one field broken.
 */
export function corruptBody(body: unknown): JsonBodyType {
  if (!isRecord(body)) return { corrupted: true };
  // A GeoJSON FeatureCollection (/areas/geometry) lists its items as `features`.
  if (Array.isArray(body.features)) {
    const [first, ...rest] = body.features as unknown[];
    const broken = isRecord(first) ? breakField(first) : undefined;
    return { ...body, features: broken ? [broken, ...rest] : 'corrupted' } as JsonBodyType;
  }
  if (!Array.isArray(body.items)) return (breakField(body) ?? { corrupted: true }) as JsonBodyType;
  const [first, ...rest] = body.items as unknown[];
  const broken = isRecord(first) ? breakField(first) : undefined;
  if (broken) return { ...body, items: [broken, ...rest] } as JsonBodyType;
  if (typeof body.total === 'number') return { ...body, total: String(body.total) };
  return { ...body, items: 'corrupted' };
}
