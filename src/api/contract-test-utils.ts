// What the contract tests share: which zod schema each OpenAPI component must equal, and readers of
// the OpenAPI document's operations, responses and parameters. Test support only.
import type { z } from 'zod';
import {
  areaLevelSchema,
  areaSchema,
  areasResponseSchema,
  dateString,
  dateTimeString,
  groupSchema,
  groupStatSchema,
  groupStatsResponseSchema,
  groupStatusSchema,
  groupsPageSchema,
  groupTypeSchema,
  meSchema,
  metaSchema,
  incidentCategorySchema,
  incidentStatSchema,
  incidentStatsResponseSchema,
  mediationCaseSchema,
  mediationCasesPageSchema,
  mediationCategorySchema,
  mediationOutcomeSchema,
  mediationOutcomeCountsSchema,
  mediationStatSchema,
  mediationStatsResponseSchema,
  monthString,
  patrolSchema,
  patrolsPageSchema,
  patrolStatSchema,
  patrolStatsResponseSchema,
  problemSchema,
  recognitionSchema,
  reportingStatSchema,
  reportingStatsResponseSchema,
  responseSchemas,
  shiftSchema,
  type ApiPath,
} from './schemas';
import {
  importedFileSchema,
  importLogEntrySchema,
  importLogSchema,
  importProblemSchema,
  importRejectedSchema,
  importResultSchema,
  importRowsSchema,
} from './import-schemas';
import {
  areaFeatureSchema,
  areaGeometryResponseSchema,
  areaGeometrySchema,
  linearRingSchema,
  multiPolygonSchema,
  polygonSchema,
  positionSchema,
} from './geometry-schemas';
import {
  compareSchemas,
  deref,
  getObject,
  isJsonObject,
  resolvePointer,
  zodJsonSchema,
  type Json,
  type JsonObject,
} from './openapi-test-utils';

/** Every components/schemas entry of api/openapi.yaml and the zod schema it must equal. */
export const componentZod = {
  Month: monthString,
  Date: dateString,
  DateTime: dateTimeString,
  AreaLevel: areaLevelSchema,
  Area: areaSchema,
  AreasResponse: areasResponseSchema,
  GroupType: groupTypeSchema,
  GroupStatus: groupStatusSchema,
  Recognition: recognitionSchema,
  Group: groupSchema,
  GroupsPage: groupsPageSchema,
  Shift: shiftSchema,
  Patrol: patrolSchema,
  PatrolsPage: patrolsPageSchema,
  MediationCategory: mediationCategorySchema,
  MediationOutcome: mediationOutcomeSchema,
  MediationCase: mediationCaseSchema,
  MediationCasesPage: mediationCasesPageSchema,
  IncidentCategory: incidentCategorySchema,
  IncidentsByCategory: incidentStatSchema.shape.byCategory,
  IncidentStat: incidentStatSchema,
  IncidentStatsResponse: incidentStatsResponseSchema,
  PatrolStat: patrolStatSchema,
  PatrolStatsResponse: patrolStatsResponseSchema,
  MediationOutcomeCounts: mediationOutcomeCountsSchema,
  MediationByCategory: mediationStatSchema.shape.byCategory.unwrap(),
  MediationStat: mediationStatSchema,
  MediationStatsResponse: mediationStatsResponseSchema,
  GroupsByType: groupStatSchema.shape.byType,
  GroupStat: groupStatSchema,
  GroupStatsResponse: groupStatsResponseSchema,
  Meta: metaSchema,
  Me: meSchema,
  ReportingStat: reportingStatSchema,
  ReportingStatsResponse: reportingStatsResponseSchema,
  Position: positionSchema,
  LinearRing: linearRingSchema,
  Polygon: polygonSchema,
  MultiPolygon: multiPolygonSchema,
  AreaGeometry: areaGeometrySchema,
  AreaFeature: areaFeatureSchema,
  AreaGeometryResponse: areaGeometryResponseSchema,
  Problem: problemSchema,
  ImportRows: importRowsSchema,
  ImportedFile: importedFileSchema,
  ImportResult: importResultSchema,
  ImportProblem: importProblemSchema,
  ImportRejected: importRejectedSchema,
  ImportLogEntry: importLogEntrySchema,
  ImportLog: importLogSchema,
} satisfies Record<string, z.ZodType>;
export type ComponentName = keyof typeof componentZod;
export const componentNames = Object.keys(componentZod) as ComponentName[];
export const isComponentName = (name: string): name is ComponentName => name in componentZod;

export const apiPaths = Object.keys(responseSchemas) as ApiPath[];

export type Method = 'get' | 'post';

/**
 * The operations beyond responseSchemas' GETs (v1.1's imports): each path's methods, exactly, and
 * the zod schema of each documented body, by status (200 JSON; any other a problem+json body).
 */
export const otherOperations = {
  '/imports': {
    get: { '200': importLogSchema },
    post: { '200': importResultSchema, '422': importRejectedSchema },
  },
} satisfies Record<string, Partial<Record<Method, Record<string, z.ZodType>>>>;
export type OtherPath = keyof typeof otherOperations;
export const otherPaths = Object.keys(otherOperations) as OtherPath[];

/** Each operation of otherOperations as [path, method]. */
export const otherMethods: [OtherPath, Method][] = otherPaths.flatMap((path) =>
  (Object.keys(otherOperations[path]) as Method[]).map((method): [OtherPath, Method] => [path, method]),
);

export const mediaTypeOf = (status: string) =>
  status === '200' ? 'application/json' : 'application/problem+json';

/** Query parameters each operation must document (the contract text; the zod side has no params). */
export const expectedParameters: Record<ApiPath, string[]> = {
  '/areas': [],
  '/groups': ['areaId', 'ids', 'type', 'status', 'recognition', 'q', 'page', 'pageSize', 'sort'],
  '/patrols': ['areaId', 'from', 'to', 'groupId', 'shift', 'page', 'pageSize', 'sort'],
  '/mediation-cases': ['areaId', 'from', 'to', 'category', 'outcome', 'page', 'pageSize', 'sort'],
  '/stats/incidents': ['areaId', 'from', 'to', 'level'],
  '/stats/patrols': ['areaId', 'from', 'to', 'level'],
  '/stats/mediation': ['areaId', 'from', 'to', 'level'],
  '/stats/groups': ['areaId', 'level'],
  '/meta': [],
  '/me': [],
  '/stats/reporting': ['areaId', 'from', 'to', 'level'],
  '/areas/geometry': ['areaId', 'level'],
};

/** Item schema of each paginated path: `sort` must offer exactly its fields, both directions. */
export const pageItems = {
  '/groups': groupSchema,
  '/patrols': patrolSchema,
  '/mediation-cases': mediationCaseSchema,
} satisfies Partial<Record<ApiPath, z.ZodObject>>;

export const COMPONENT_REF = '#/components/schemas/';

export function componentSchema(doc: JsonObject, name: string): Json {
  return deref(doc, { $ref: `${COMPONENT_REF}${name}` });
}

/** Drift between components and their zod schemas, one line per difference. */
export function componentDrift(doc: JsonObject, names: readonly ComponentName[] = componentNames): string[] {
  const schemas = getObject(getObject(doc, 'components'), 'schemas');
  const problems: string[] = [];
  for (const name of names) {
    if (!(name in schemas)) {
      problems.push(`${name}: missing from components/schemas`);
      continue;
    }
    problems.push(...compareSchemas(name, zodJsonSchema(componentZod[name]), componentSchema(doc, name)));
  }
  return problems;
}

/** Components no zod schema stands for (they would escape the drift check). */
export function orphanComponents(doc: JsonObject): string[] {
  const schemas = getObject(getObject(doc, 'components'), 'schemas');
  return Object.keys(schemas).filter((name) => !isComponentName(name));
}

export function operation(doc: JsonObject, path: string, method: Method = 'get'): JsonObject {
  return getObject(
    getObject(getObject(doc, 'paths'), path, `paths.${path}`),
    method,
    `paths.${path}.${method}`,
  );
}

/** A response object, following a components/responses $ref (schemas inside stay $refs). */
export function response(doc: JsonObject, op: JsonObject, status: string): JsonObject | undefined {
  const raw = isJsonObject(op.responses) ? op.responses[status] : undefined;
  if (isJsonObject(raw) && typeof raw.$ref === 'string') {
    const target = resolvePointer(doc, raw.$ref);
    return isJsonObject(target) ? target : undefined;
  }
  return isJsonObject(raw) ? raw : undefined;
}

/** The `$ref` of a response's schema for one media type. */
export function schemaRef(res: JsonObject | undefined, mediaType: string): string | undefined {
  const content = res?.content;
  const media = isJsonObject(content) ? content[mediaType] : undefined;
  const schema = isJsonObject(media) ? media.schema : undefined;
  return isJsonObject(schema) && typeof schema.$ref === 'string' ? schema.$ref : undefined;
}

const isOtherPath = (path: string): path is OtherPath => path in otherOperations;

/** The component a response's schema references, when its zod schema is not `zodSchema`. */
function refDrift(
  doc: JsonObject,
  op: JsonObject,
  status: string,
  zodSchema: z.ZodType,
  where: string,
): string | undefined {
  const mediaType = mediaTypeOf(status);
  const ref = schemaRef(response(doc, op, status), mediaType);
  const name = ref?.startsWith(COMPONENT_REF) ? ref.slice(COMPONENT_REF.length) : undefined;
  if (name === undefined) return `${where}: ${status} ${mediaType} does not $ref a components/schemas entry`;
  if (!isComponentName(name) || componentZod[name] !== zodSchema)
    return `${where}: ${status} references ${name}, which is not its zod schema`;
  return undefined;
}

/** The operations of otherOperations: exactly their methods, each body referencing its component. */
function otherPathDrift(doc: JsonObject, path: OtherPath, item: JsonObject): string[] {
  const problems: string[] = [];
  const expected = otherOperations[path];
  const methods = Object.keys(item).filter(
    (k) => k !== 'parameters' && k !== 'summary' && k !== 'description',
  );
  if (methods.sort().join() !== Object.keys(expected).sort().join())
    problems.push(`${path}: expected ${Object.keys(expected).join(', ')}, found ${methods.join(', ')}`);
  for (const [method, statuses] of Object.entries(expected)) {
    const op = item[method];
    if (!isJsonObject(op)) continue;
    for (const [status, zodSchema] of Object.entries(statuses)) {
      const drift = refDrift(doc, op, status, zodSchema, `${method.toUpperCase()} ${path}`);
      if (drift) problems.push(drift);
    }
  }
  return problems;
}

/**
 * Paths: the same set on both sides, each of responseSchemas a GET whose 200 references the
 * matching component, each of otherOperations exactly its methods and bodies.
 */
export function pathDrift(doc: JsonObject): string[] {
  const problems: string[] = [];
  const paths = getObject(doc, 'paths');
  for (const path of Object.keys(paths)) {
    if (isOtherPath(path)) {
      const item = paths[path];
      if (isJsonObject(item)) problems.push(...otherPathDrift(doc, path, item));
    } else if (!(path in responseSchemas)) problems.push(`${path}: in OpenAPI but not in responseSchemas`);
  }
  for (const path of otherPaths)
    if (!(path in paths)) problems.push(`${path}: in otherOperations but not in OpenAPI`);
  for (const path of apiPaths) {
    const item = paths[path];
    if (!isJsonObject(item)) {
      problems.push(`${path}: in responseSchemas but not in OpenAPI`);
      continue;
    }
    const methods = Object.keys(item).filter(
      (k) => k !== 'parameters' && k !== 'summary' && k !== 'description',
    );
    if (methods.join() !== 'get') problems.push(`${path}: expected only GET, found ${methods.join(', ')}`);
    const op = item.get;
    if (!isJsonObject(op)) continue;
    const ref = schemaRef(response(doc, op, '200'), 'application/json');
    const name = ref?.startsWith(COMPONENT_REF) ? ref.slice(COMPONENT_REF.length) : undefined;
    if (name === undefined) {
      problems.push(`${path}: 200 application/json does not $ref a components/schemas entry`);
    } else if (!isComponentName(name) || componentZod[name] !== responseSchemas[path]) {
      problems.push(`${path}: 200 references ${name}, which is not responseSchemas['${path}']`);
    }
  }
  return problems;
}

export function parameters(doc: JsonObject, path: string, method: Method = 'get'): JsonObject[] {
  const op = operation(doc, path, method);
  const list = Array.isArray(op.parameters) ? op.parameters : [];
  return list.map((p, i) => {
    const resolved = deref(doc, p);
    if (!isJsonObject(resolved)) throw new Error(`${path}: parameter ${i} is not an object`);
    return resolved;
  });
}
