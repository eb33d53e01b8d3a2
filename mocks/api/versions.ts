// Contract versions the mock can answer as. v1.1 is additive, so a v1 answer is the v1.1 answer
// without the v1.1 endpoints and fields.
import type { JsonBodyType } from 'msw';
import type { ApiPath } from '../../src/api/schemas';

export type ApiVersion = '1' | '1.1';
export const apiVersions: readonly ApiVersion[] = ['1', '1.1'];

/** Endpoints a v1 API does not have (they answer 404). */
export const V1_1_PATHS: ReadonlySet<ApiPath> = new Set<ApiPath>([
  '/meta',
  '/me',
  '/stats/reporting',
  '/areas/geometry',
]);

/** Item fields v1.1 added, per path. */
const V1_1_FIELDS: Partial<Record<ApiPath, readonly string[]>> = {
  '/stats/mediation': ['byCategory'],
  '/stats/patrols': ['dayPatrols', 'nightPatrols'],
  '/patrols': ['groupName'],
  '/mediation-cases': ['groupName'],
  '/areas': ['formerNames', 'mergedOn'],
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The body a v1 API would send: each item without the fields v1.1 added. */
export function asV1(path: ApiPath, body: object): JsonBodyType {
  const fields = V1_1_FIELDS[path];
  if (!fields || !isRecord(body) || !Array.isArray(body.items)) return body as JsonBodyType;
  const items: unknown[] = body.items.map((item: unknown) =>
    isRecord(item) ? Object.fromEntries(Object.entries(item).filter(([k]) => !fields.includes(k))) : item,
  );
  return { ...body, items } as JsonBodyType;
}
