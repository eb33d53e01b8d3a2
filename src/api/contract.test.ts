// The API contract lives twice: as zod schemas (src/api/schemas.ts, what the client enforces) and
// as api/openapi.yaml (what a backend team implements). These tests fail when the two drift
// apart, when the OpenAPI document breaks, or when the mock API answers outside the contract.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { z } from 'zod';
import { createMockServer } from '../../mocks/node';
import {
  areaLevelSchema,
  areaSchema,
  areasResponseSchema,
  dateString,
  groupSchema,
  groupStatSchema,
  groupStatsResponseSchema,
  groupStatusSchema,
  groupsPageSchema,
  groupTypeSchema,
  incidentCategorySchema,
  incidentStatSchema,
  incidentStatsResponseSchema,
  mediationCaseSchema,
  mediationCasesPageSchema,
  mediationCategorySchema,
  mediationOutcomeSchema,
  mediationStatSchema,
  mediationStatsResponseSchema,
  monthString,
  patrolSchema,
  patrolsPageSchema,
  patrolStatSchema,
  patrolStatsResponseSchema,
  problemSchema,
  recognitionSchema,
  responseSchemas,
  shiftSchema,
  type ApiPath,
  type Area,
} from './schemas';
import {
  collectRefs,
  compareSchemas,
  componentValidators,
  deref,
  describeAjvErrors,
  getObject,
  isJsonObject,
  loadOpenApi,
  resolvePointer,
  zodJsonSchema,
  type Json,
  type JsonObject,
} from './openapi-test-utils';

/** Every components/schemas entry of api/openapi.yaml and the zod schema it must equal. */
const componentZod = {
  Month: monthString,
  Date: dateString,
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
  MediationStat: mediationStatSchema,
  MediationStatsResponse: mediationStatsResponseSchema,
  GroupsByType: groupStatSchema.shape.byType,
  GroupStat: groupStatSchema,
  GroupStatsResponse: groupStatsResponseSchema,
  Problem: problemSchema,
} satisfies Record<string, z.ZodType>;
type ComponentName = keyof typeof componentZod;
const componentNames = Object.keys(componentZod) as ComponentName[];
const isComponentName = (name: string): name is ComponentName => name in componentZod;

const apiPaths = Object.keys(responseSchemas) as ApiPath[];

/** Query parameters each operation must document (the contract text; the zod side has no params). */
const expectedParameters: Record<ApiPath, string[]> = {
  '/areas': [],
  '/groups': ['areaId', 'type', 'status', 'recognition', 'q', 'page', 'pageSize', 'sort'],
  '/patrols': ['areaId', 'from', 'to', 'groupId', 'shift', 'page', 'pageSize', 'sort'],
  '/mediation-cases': ['areaId', 'from', 'to', 'category', 'outcome', 'page', 'pageSize', 'sort'],
  '/stats/incidents': ['areaId', 'from', 'to', 'level'],
  '/stats/patrols': ['areaId', 'from', 'to', 'level'],
  '/stats/mediation': ['areaId', 'from', 'to', 'level'],
  '/stats/groups': ['areaId', 'level'],
};

/** Item schema of each paginated path: `sort` must offer exactly its fields, both directions. */
const pageItems = {
  '/groups': groupSchema,
  '/patrols': patrolSchema,
  '/mediation-cases': mediationCaseSchema,
} satisfies Partial<Record<ApiPath, z.ZodObject>>;

const COMPONENT_REF = '#/components/schemas/';

function componentSchema(doc: JsonObject, name: string): Json {
  return deref(doc, { $ref: `${COMPONENT_REF}${name}` });
}

/** Drift between components and their zod schemas, one line per difference. */
function componentDrift(doc: JsonObject, names: readonly ComponentName[] = componentNames): string[] {
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
function orphanComponents(doc: JsonObject): string[] {
  const schemas = getObject(getObject(doc, 'components'), 'schemas');
  return Object.keys(schemas).filter((name) => !isComponentName(name));
}

function operation(doc: JsonObject, path: string): JsonObject {
  return getObject(getObject(getObject(doc, 'paths'), path, `paths.${path}`), 'get', `paths.${path}.get`);
}

/** A response object, following a components/responses $ref (schemas inside stay $refs). */
function response(doc: JsonObject, op: JsonObject, status: string): JsonObject | undefined {
  const raw = isJsonObject(op.responses) ? op.responses[status] : undefined;
  if (isJsonObject(raw) && typeof raw.$ref === 'string') {
    const target = resolvePointer(doc, raw.$ref);
    return isJsonObject(target) ? target : undefined;
  }
  return isJsonObject(raw) ? raw : undefined;
}

/** The `$ref` of a response's schema for one media type. */
function schemaRef(res: JsonObject | undefined, mediaType: string): string | undefined {
  const content = res?.content;
  const media = isJsonObject(content) ? content[mediaType] : undefined;
  const schema = isJsonObject(media) ? media.schema : undefined;
  return isJsonObject(schema) && typeof schema.$ref === 'string' ? schema.$ref : undefined;
}

/** Paths: the same set on both sides, each a GET whose 200 references the matching component. */
function pathDrift(doc: JsonObject): string[] {
  const problems: string[] = [];
  const paths = getObject(doc, 'paths');
  for (const path of Object.keys(paths)) {
    if (!(path in responseSchemas)) problems.push(`${path}: in OpenAPI but not in responseSchemas`);
  }
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

function parameters(doc: JsonObject, path: string): JsonObject[] {
  const op = operation(doc, path);
  const list = Array.isArray(op.parameters) ? op.parameters : [];
  return list.map((p, i) => {
    const resolved = deref(doc, p);
    if (!isJsonObject(resolved)) throw new Error(`${path}: parameter ${i} is not an object`);
    return resolved;
  });
}

describe('OpenAPI document', () => {
  const doc = loadOpenApi();

  test('is OpenAPI 3.1 with the relative /api/v1 server', () => {
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
    const info = getObject(doc, 'info');
    expect(typeof info.title).toBe('string');
    expect(typeof info.version).toBe('string');
    expect(info.description).toContain('config.json');
    expect(info.description).toContain('apiBaseUrl');
    expect(doc.servers).toEqual([expect.objectContaining({ url: '/api/v1' })]);
  });

  test('every $ref resolves, and nothing is circular', () => {
    const refs = collectRefs(doc);
    expect(refs.length).toBeGreaterThan(0);
    const unresolved = refs.filter(({ ref }) => resolvePointer(doc, ref) === undefined);
    expect(unresolved).toEqual([]);
    expect(() => deref(doc, doc)).not.toThrow();
  });

  test('every component schema compiles as JSON Schema 2020-12 (ajv strict mode)', () => {
    const { validator } = componentValidators(doc);
    for (const name of Object.keys(getObject(getObject(doc, 'components'), 'schemas'))) {
      expect(() => validator(name), name).not.toThrow();
    }
  });

  test.each(apiPaths)('%s documents its parameters and errors', (path) => {
    const op = operation(doc, path);
    expect(typeof op.operationId).toBe('string');
    expect(typeof op.summary).toBe('string');

    const params = parameters(doc, path);
    expect(params.map((p) => p.name).sort()).toEqual([...expectedParameters[path]].sort());
    for (const p of params) {
      expect(p.in, String(p.name)).toBe('query');
      expect(typeof p.description, String(p.name)).toBe('string');
      expect(isJsonObject(p.schema), String(p.name)).toBe(true);
      expect(p.required ?? false, String(p.name)).toBe(false);
    }

    const responses = getObject(op, 'responses');
    const statuses = Object.keys(responses).sort();
    const hasAreaId = params.some((p) => p.name === 'areaId');
    expect(statuses).toEqual(hasAreaId ? ['200', '400', '404', '500'] : ['200', '400', '500']);
    for (const status of statuses) {
      const res = response(doc, op, status);
      const mediaType = status === '200' ? 'application/json' : 'application/problem+json';
      expect(typeof res?.description, `${path} ${status}`).toBe('string');
      expect(Object.keys(getObject(res, 'content')), `${path} ${status}`).toEqual([mediaType]);
      if (status !== '200')
        expect(schemaRef(res, mediaType), `${path} ${status}`).toBe(`${COMPONENT_REF}Problem`);
    }
  });

  test('every parameter schema compiles, and its default (if any) is valid', () => {
    const { compile } = componentValidators(doc);
    for (const path of apiPaths) {
      for (const p of parameters(doc, path)) {
        const where = `${path} ${String(p.name)}`;
        const schema = getObject(p, 'schema', where);
        const validate = compile(schema);
        if ('default' in schema) {
          expect(validate(schema.default), `${where}: ${describeAjvErrors(validate).join('; ')}`).toBe(true);
        }
      }
    }
  });

  test('/groups recognition: a comma-separated list (form, not exploded) of Recognition values', () => {
    const param = parameters(doc, '/groups').find((p) => p.name === 'recognition');
    expect(param).toMatchObject({ style: 'form', explode: false });
    const schema = getObject(param, 'schema');
    expect(schema.type).toBe('array');
    // parameters() has already resolved the items' $ref to the Recognition component.
    expect(
      compareSchemas('recognition[]', zodJsonSchema(recognitionSchema), deref(doc, schema.items ?? null)),
    ).toEqual([]);
  });

  test('operationIds are unique', () => {
    const ids = apiPaths.map((p) => operation(doc, p).operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test.each(Object.keys(pageItems) as (keyof typeof pageItems)[])(
    '%s: page parameters match the page schema, sort offers every item field',
    (path) => {
      const params = new Map(parameters(doc, path).map((p) => [p.name, p.schema]));
      const props = getObject(zodJsonSchema(responseSchemas[path]), 'properties');
      expect(params.get('page')).toMatchObject({
        type: 'integer',
        minimum: getObject(props, 'page').minimum,
        default: 1,
      });
      expect(params.get('pageSize')).toMatchObject({
        type: 'integer',
        minimum: getObject(props, 'pageSize').minimum,
        maximum: getObject(props, 'pageSize').maximum,
        default: 50,
      });
      const fields = Object.keys(pageItems[path].shape);
      const sort = params.get('sort');
      expect(isJsonObject(sort) ? sort.enum : undefined).toEqual(fields.flatMap((f) => [f, `-${f}`]));
    },
  );

  test('examples in the document satisfy both the OpenAPI schema and the zod schema', () => {
    const { validator } = componentValidators(doc);
    let checked = 0;
    for (const path of apiPaths) {
      const responses = getObject(operation(doc, path), 'responses');
      for (const status of Object.keys(responses)) {
        const content = getObject(
          response(doc, operation(doc, path), status),
          'content',
          `${path} ${status}`,
        );
        for (const [mediaType, media] of Object.entries(content)) {
          const ref = isJsonObject(media) && isJsonObject(media.schema) ? media.schema.$ref : undefined;
          const name = typeof ref === 'string' ? ref.slice(COMPONENT_REF.length) : '';
          if (!isComponentName(name))
            throw new Error(`${path} ${status} ${mediaType}: schema is not a component`);
          const examples = isJsonObject(media) && isJsonObject(media.examples) ? media.examples : {};
          for (const [exampleName, example] of Object.entries(examples)) {
            const value = isJsonObject(example) ? example.value : undefined;
            const where = `${path} ${status} ${mediaType} example ${exampleName}`;
            const validate = validator(name);
            expect(validate(value), `${where}: ${describeAjvErrors(validate).join('; ')}`).toBe(true);
            expect(componentZod[name].safeParse(value).success, where).toBe(true);
            checked += 1;
          }
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(apiPaths.length);
  });
});

describe('zod schemas and OpenAPI components describe the same shapes', () => {
  const doc = loadOpenApi();

  test.each(componentNames)('%s', (name) => {
    expect(componentDrift(doc, [name])).toEqual([]);
  });

  test('components/schemas holds no schema the zod side lacks', () => {
    expect(orphanComponents(doc)).toEqual([]);
  });

  test('every path of responseSchemas, and no other, with its 200 referencing the matching schema', () => {
    expect(pathDrift(doc)).toEqual([]);
  });
});

describe('the drift check catches drift', () => {
  type Mutation = {
    what: string;
    mutate: (schemas: JsonObject) => void;
    check: ComponentName;
    expected: string;
  };
  const prop = (schemas: JsonObject, component: string, property: string): JsonObject =>
    getObject(getObject(getObject(schemas, component), 'properties'), property);

  const mutations: Mutation[] = [
    {
      what: 'a required property made optional',
      mutate: (s) => {
        const area = getObject(s, 'Area');
        area.required = (Array.isArray(area.required) ? area.required : []).filter((r) => r !== 'cameras');
      },
      check: 'Area',
      expected: 'Area.cameras: required in zod, optional in OpenAPI',
    },
    {
      what: 'an enum value dropped (through a $ref)',
      mutate: (s) => {
        getObject(s, 'AreaLevel').enum = ['country', 'province', 'ward'];
      },
      check: 'Area',
      expected: 'Area.level: enum differs',
    },
    {
      what: 'an enum value added',
      mutate: (s) => {
        getObject(s, 'GroupType').enum = [...groupTypeSchema.options, 'neighbourhood_watch'];
      },
      check: 'Group',
      expected: 'Group.type: enum differs',
    },
    {
      what: 'integer turned into number',
      mutate: (s) => {
        prop(s, 'Patrol', 'durationMinutes').type = 'number';
      },
      check: 'Patrol',
      expected: 'Patrol.durationMinutes: type differs',
    },
    {
      what: 'a maximum changed',
      mutate: (s) => {
        prop(s, 'GroupsPage', 'pageSize').maximum = 1000;
      },
      check: 'GroupsPage',
      expected: 'GroupsPage.pageSize: maximum differs',
    },
    {
      what: 'a minimum dropped',
      mutate: (s) => {
        delete prop(s, 'PatrolStat', 'patrolHours').minimum;
      },
      check: 'PatrolStat',
      expected: 'PatrolStat.patrolHours: minimum differs',
    },
    {
      what: 'a pattern changed',
      mutate: (s) => {
        getObject(s, 'Month').pattern = '^\\d{4}-\\d{2}$';
      },
      check: 'IncidentStat',
      expected: 'IncidentStat.month: pattern differs',
    },
    {
      what: 'nullable dropped',
      mutate: (s) => {
        prop(s, 'MediationCase', 'closedOn').type = 'string';
      },
      check: 'MediationCase',
      expected: 'MediationCase.closedOn: type differs',
    },
    {
      what: 'a property added',
      mutate: (s) => {
        getObject(getObject(s, 'Group'), 'properties').phone = { type: 'string' };
      },
      check: 'Group',
      expected: 'Group.phone: property only in OpenAPI',
    },
    {
      what: 'additionalProperties: false on an object zod strips',
      mutate: (s) => {
        getObject(s, 'Group').additionalProperties = false;
      },
      check: 'Group',
      expected: 'Group: additionalProperties differs',
    },
    {
      what: 'a record key dropped',
      mutate: (s) => {
        delete getObject(getObject(s, 'IncidentsByCategory'), 'properties').fire;
      },
      check: 'IncidentStat',
      expected: 'IncidentStat.byCategory.fire: property only in zod',
    },
    {
      what: 'a nested item schema changed',
      mutate: (s) => {
        delete getObject(getObject(s, 'Area'), 'properties').households;
      },
      check: 'AreasResponse',
      expected: 'AreasResponse.items[].households: property only in zod',
    },
  ];

  const parsed = loadOpenApi();

  test('the unmodified document has no drift (baseline for the cases below)', () => {
    expect(componentDrift(parsed)).toEqual([]);
  });

  test.each(mutations)('reports $what', ({ mutate, check, expected }) => {
    const doc = structuredClone(parsed);
    mutate(getObject(getObject(doc, 'components'), 'schemas'));
    const problems = componentDrift(doc, [check]);
    expect(
      problems.some((p) => p.startsWith(expected)),
      `got: ${problems.join('\n')}`,
    ).toBe(true);
  });

  test('reports drift on the zod side too', () => {
    const doc = structuredClone(parsed);
    const extended = zodJsonSchema(areaSchema.extend({ districtId: areaSchema.shape.id }));
    expect(compareSchemas('Area', extended, componentSchema(doc, 'Area'))).toContain(
      'Area.districtId: property only in zod',
    );
    const loose = zodJsonSchema(problemSchema.extend({ status: problemSchema.shape.title }));
    expect(compareSchemas('Problem', loose, componentSchema(doc, 'Problem')).join('\n')).toMatch(
      /^Problem\.status: type differs/,
    );
  });

  test('reports a component no zod schema stands for', () => {
    const doc = structuredClone(parsed);
    getObject(getObject(doc, 'components'), 'schemas').Camera = { type: 'object' };
    expect(orphanComponents(doc)).toEqual(['Camera']);
  });

  test('reports a path only in OpenAPI, a missing path and a 200 referencing the wrong schema', () => {
    const doc = structuredClone(parsed);
    const paths = getObject(doc, 'paths');
    paths['/stats/cameras'] = paths['/stats/groups'] ?? null;
    delete paths['/areas'];
    const ok = getObject(
      getObject(response(doc, operation(doc, '/patrols'), '200'), 'content'),
      'application/json',
    );
    ok.schema = { $ref: `${COMPONENT_REF}GroupsPage` };
    expect(pathDrift(doc)).toEqual([
      '/stats/cameras: in OpenAPI but not in responseSchemas',
      '/areas: in responseSchemas but not in OpenAPI',
      "/patrols: 200 references GroupsPage, which is not responseSchemas['/patrols']",
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// The mock API (mocks/node.ts) must answer inside the contract, checked against both sides.

const MOCK_BASE = 'http://localhost/api/v1';

type Query = Record<string, string | number>;
type Answer = { url: string; status: number; contentType: string; body: unknown };

async function mockGet(path: string, query: Query = {}): Promise<Answer> {
  const search = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])).toString();
  const url = `${MOCK_BASE}${path}${search ? `?${search}` : ''}`;
  const res = await fetch(url, { headers: { Accept: 'application/json' } });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Left as text: the schema checks below report it.
  }
  return { url, status: res.status, contentType: res.headers.get('content-type') ?? '', body };
}

type ApiBody<P extends ApiPath> = z.output<(typeof responseSchemas)[P]>;

function zodParse<S extends z.ZodType>(schema: S, body: unknown, url: string): z.output<S> {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new Error(`${url} vs zod: ${parsed.error.message}`);
  return parsed.data;
}

/** responseSchemas[path].parse, typed per path (a mapped type lets a generic path keep its type). */
const zodParsers: { [P in ApiPath]: (body: unknown, url: string) => ApiBody<P> } = {
  '/areas': (body, url) => zodParse(responseSchemas['/areas'], body, url),
  '/groups': (body, url) => zodParse(responseSchemas['/groups'], body, url),
  '/patrols': (body, url) => zodParse(responseSchemas['/patrols'], body, url),
  '/mediation-cases': (body, url) => zodParse(responseSchemas['/mediation-cases'], body, url),
  '/stats/incidents': (body, url) => zodParse(responseSchemas['/stats/incidents'], body, url),
  '/stats/patrols': (body, url) => zodParse(responseSchemas['/stats/patrols'], body, url),
  '/stats/mediation': (body, url) => zodParse(responseSchemas['/stats/mediation'], body, url),
  '/stats/groups': (body, url) => zodParse(responseSchemas['/stats/groups'], body, url),
};

/** A 200 body valid against the OpenAPI component its path references AND its zod schema. */
function expectValid<P extends ApiPath>(
  doc: JsonObject,
  validators: ReturnType<typeof componentValidators>,
  path: P,
  answer: Answer,
): ApiBody<P> {
  expect(answer.status, `${answer.url}: ${JSON.stringify(answer.body)}`).toBe(200);
  expect(answer.contentType, answer.url).toMatch(/^application\/json\b/);
  const ref = schemaRef(response(doc, operation(doc, path), '200'), 'application/json') ?? '';
  const validate = validators.validator(ref.slice(COMPONENT_REF.length));
  expect(
    validate(answer.body),
    `${answer.url} vs OpenAPI: ${describeAjvErrors(validate).slice(0, 5).join('; ')}`,
  ).toBe(true);
  return zodParsers[path](answer.body, answer.url);
}

function expectProblem(
  validators: ReturnType<typeof componentValidators>,
  answer: Answer,
  status: number,
): void {
  expect(answer.status, `${answer.url}: ${JSON.stringify(answer.body)}`).toBe(status);
  expect(answer.contentType, answer.url).toMatch(/^application\/problem\+json\b/);
  const validate = validators.validator('Problem');
  expect(validate(answer.body), `${answer.url}: ${describeAjvErrors(validate).join('; ')}`).toBe(true);
  const parsed = problemSchema.safeParse(answer.body);
  expect(parsed.success, answer.url).toBe(true);
  expect(parsed.data?.status, answer.url).toBe(status);
}

type SortValue = string | number | null;
/** Sorted by `field` (nulls last ascending, first descending), ties by id ascending. */
function expectSorted(
  items: readonly { id: string }[],
  field: string,
  descending: boolean,
  url: string,
): void {
  const value = (item: { id: string }): SortValue => {
    const v: unknown = Object.entries(item).find(([k]) => k === field)?.[1];
    return typeof v === 'string' || typeof v === 'number' ? v : null;
  };
  const ascending = (a: SortValue, b: SortValue): number =>
    a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1;
  for (let i = 1; i < items.length; i++) {
    const prev = items[i - 1];
    const next = items[i];
    if (!prev || !next) continue;
    const c = ascending(value(prev), value(next)) * (descending ? -1 : 1);
    expect(c < 0 || (c === 0 && prev.id < next.id), `${url}: items ${i - 1} and ${i} out of order`).toBe(
      true,
    );
  }
}

const monthlyStats = ['/stats/incidents', '/stats/patrols', '/stats/mediation'] as const;
const statsPaths = [...monthlyStats, '/stats/groups'] as const;
const listPaths = ['/groups', '/patrols', '/mediation-cases'] as const;
const areaPaths = apiPaths.filter((p) => p !== '/areas');
const periodPaths = [...monthlyStats, '/patrols', '/mediation-cases'] as const;

describe('mock API (mocks/node.ts) answers inside the contract', () => {
  const doc = loadOpenApi();
  const validators = componentValidators(doc);
  const server = createMockServer();
  const areas = new Map<string, Area>();
  let ward: Area;
  let province: Area;

  beforeAll(async () => {
    server.listen({ onUnhandledFrame: 'error' });
    const { items } = expectValid(doc, validators, '/areas', await mockGet('/areas'));
    for (const a of items) areas.set(a.id, a);
    const someWard = items.find((a) => a.level === 'ward');
    const someProvince = items.find((a) => a.level === 'province');
    if (!someWard || !someProvince) throw new Error('the mock tree needs a province and a ward');
    ward = someWard;
    province = someProvince;
  });
  afterAll(() => server.close());

  test('/areas: one root, every parentId in the tree', () => {
    expect([...areas.values()].filter((a) => a.parentId === null)).toHaveLength(1);
    for (const a of areas.values()) if (a.parentId !== null) expect(areas.has(a.parentId), a.id).toBe(true);
  });

  test.each(apiPaths)('%s with default parameters', async (path) => {
    expectValid(doc, validators, path, await mockGet(path));
  });

  test.each(areaPaths)('%s?areaId=<a ward>', async (path) => {
    const body = expectValid(doc, validators, path, await mockGet(path, { areaId: ward.id }));
    for (const item of body.items) {
      if ('areaId' in item) expect(item.areaId).toBe(ward.id);
      if ('wardId' in item) expect(item.wardId).toBe(ward.id);
    }
  });

  test.each(statsPaths)('%s?level=ward: rows of wards', async (path) => {
    const body = expectValid(doc, validators, path, await mockGet(path, { level: 'ward' }));
    expect(body.items.length).toBeGreaterThan(0);
    for (const item of body.items) expect(areas.get(item.areaId)?.level, item.areaId).toBe('ward');
  });

  test.each(monthlyStats)('%s?areaId=<a province>&from&to&level=ward: months in range', async (path) => {
    const answer = await mockGet(path, {
      areaId: province.id,
      from: '2024-11',
      to: '2025-02',
      level: 'ward',
    });
    const body = expectValid(doc, validators, path, answer);
    for (const item of body.items) {
      expect(item.month >= '2024-11' && item.month <= '2025-02', `${answer.url}: ${item.month}`).toBe(true);
    }
  });

  test.each([
    {
      path: '/groups',
      query: { page: 2, pageSize: 7, sort: '-members' },
      field: 'members',
      descending: true,
    },
    {
      path: '/groups',
      query: { page: 1, pageSize: 500, sort: 'establishedOn' },
      field: 'establishedOn',
      descending: false,
    },
    { path: '/patrols', query: { page: 3, pageSize: 10, sort: 'date' }, field: 'date', descending: false },
    {
      path: '/patrols',
      query: { page: 2, pageSize: 25, sort: '-durationMinutes' },
      field: 'durationMinutes',
      descending: true,
    },
    {
      path: '/mediation-cases',
      query: { page: 2, pageSize: 5, sort: '-closedOn' },
      field: 'closedOn',
      descending: true,
    },
    {
      path: '/mediation-cases',
      query: { page: 1, pageSize: 40, sort: 'closedOn' },
      field: 'closedOn',
      descending: false,
    },
  ] as const)(
    '$path?page=$query.page&pageSize=$query.pageSize&sort=$query.sort',
    async ({ path, query, field, descending }) => {
      const answer = await mockGet(path, query);
      const body = expectValid(doc, validators, path, answer);
      expect(body.page).toBe(query.page);
      expect(body.pageSize).toBe(query.pageSize);
      expect(body.items.length).toBeGreaterThan(0);
      expect(body.items.length).toBeLessThanOrEqual(query.pageSize);
      expect(body.total).toBeGreaterThanOrEqual((query.page - 1) * query.pageSize + body.items.length);
      expectSorted(body.items, field, descending, answer.url);
    },
  );

  test.each(listPaths)('%s: a page past the last one is empty', async (path) => {
    const body = expectValid(doc, validators, path, await mockGet(path, { page: 100000, pageSize: 500 }));
    expect(body.items).toEqual([]);
  });

  test('filters: /groups type+status+q, /patrols shift, /mediation-cases category+outcome', async () => {
    const groups = expectValid(
      doc,
      validators,
      '/groups',
      await mockGet('/groups', { type: 'security_order', status: 'active', pageSize: 500 }),
    );
    expect(groups.items.length).toBeGreaterThan(0);
    for (const g of groups.items) expect([g.type, g.status]).toEqual(['security_order', 'active']);

    const first = groups.items[0];
    if (!first) throw new Error('no group');
    const needle = first.name.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
    const found = expectValid(
      doc,
      validators,
      '/groups',
      await mockGet('/groups', { q: needle.toUpperCase() }),
    );
    expect(found.items.map((g) => g.id)).toContain(first.id);

    const patrols = expectValid(doc, validators, '/patrols', await mockGet('/patrols', { shift: 'night' }));
    for (const p of patrols.items) expect(p.shift).toBe('night');

    const cases = expectValid(
      doc,
      validators,
      '/mediation-cases',
      await mockGet('/mediation-cases', { category: 'land', outcome: 'pending' }),
    );
    for (const c of cases.items)
      expect([c.category, c.outcome, c.closedOn]).toEqual(['land', 'pending', null]);
  });

  test('/groups?recognition=provincial,national: only those levels; an unknown level → 400', async () => {
    const body = expectValid(
      doc,
      validators,
      '/groups',
      await mockGet('/groups', { recognition: 'provincial,national', pageSize: 500 }),
    );
    expect(body.items.length).toBeGreaterThan(0);
    for (const g of body.items) expect(['provincial', 'national']).toContain(g.recognition);
    const all = expectValid(doc, validators, '/groups', await mockGet('/groups', { pageSize: 1 }));
    const none = expectValid(
      doc,
      validators,
      '/groups',
      await mockGet('/groups', { recognition: 'none', pageSize: 1 }),
    );
    expect(none.total).toBeLessThan(all.total);
    expectProblem(validators, await mockGet('/groups', { recognition: 'provincial,model' }), 400);
  });

  test.each(periodPaths)('%s?from=bad → 400 problem', async (path) => {
    expectProblem(validators, await mockGet(path, { from: 'bad' }), 400);
  });

  test.each(periodPaths)('%s with from after to → 400 problem', async (path) => {
    expectProblem(validators, await mockGet(path, { from: '2025-05', to: '2025-01' }), 400);
  });

  test.each(areaPaths)('%s?areaId=nope → 404 problem', async (path) => {
    expectProblem(validators, await mockGet(path, { areaId: 'nope' }), 404);
  });

  test.each(statsPaths)('%s with a level above the area → 400 problem', async (path) => {
    expectProblem(validators, await mockGet(path, { areaId: ward.id, level: 'province' }), 400);
  });

  test.each(listPaths)('%s?pageSize=501 → 400 problem', async (path) => {
    expectProblem(validators, await mockGet(path, { pageSize: 501 }), 400);
  });
});

describe('mock API on a tree without districts (2025 reform)', () => {
  const server = createMockServer({ shape: 'no-districts' });
  const doc = loadOpenApi();
  const validators = componentValidators(doc);
  beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
  afterAll(() => server.close());

  test.each(statsPaths)('%s?level=district → empty items', async (path) => {
    const areas = expectValid(doc, validators, '/areas', await mockGet('/areas'));
    expect(areas.items.some((a) => a.level === 'district')).toBe(false);
    const body = expectValid(doc, validators, path, await mockGet(path, { level: 'district' }));
    expect(body.items).toEqual([]);
  });
});
