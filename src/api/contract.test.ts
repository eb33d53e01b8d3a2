// The API contract lives twice: as zod schemas (src/api/schemas.ts, what the client enforces) and
// as api/openapi.yaml (what a backend team implements). These tests fail when the two drift
// apart or when the OpenAPI document breaks; contract-mock.test.ts checks the mock's answers.
import { describe, expect, test } from 'vitest';

import { MAX_GROUP_IDS } from '../../mocks/api/lists';
import { recognitionSchema, responseSchemas } from './schemas';
import { sortFields } from './sort-fields';
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
} from './openapi-test-utils';

import {
  componentZod,
  componentNames,
  isComponentName,
  apiPaths,
  expectedParameters,
  pageItems,
  COMPONENT_REF,
  componentDrift,
  orphanComponents,
  operation,
  response,
  schemaRef,
  pathDrift,
  parameters,
  otherMethods,
  otherOperations,
  mediaTypeOf,
  type Method,
} from './contract-test-utils';

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
    // 401/403 on every operation: a deployment may require a bearer token (see the security test).
    expect(statuses).toEqual(
      hasAreaId ? ['200', '400', '401', '403', '404', '500'] : ['200', '400', '401', '403', '500'],
    );
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

  test('declares HTTP bearer (JWT) security on every operation, with no token as the demo alternative', () => {
    const schemes = getObject(getObject(doc, 'components'), 'securitySchemes');
    expect(schemes.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' });
    expect(doc.security).toEqual([{ bearerAuth: [] }, {}]);
    for (const path of apiPaths) expect(operation(doc, path).security, path).toBeUndefined();
    // Imports need an editor's token: no empty alternative (a deployment without sign-in → 403).
    for (const [path, method] of otherMethods)
      expect(operation(doc, path, method).security, `${method} ${path}`).toEqual([{ bearerAuth: [] }]);
    const unauthorized = response(doc, operation(doc, '/areas'), '401');
    expect(Object.keys(getObject(unauthorized, 'headers'))).toEqual(['WWW-Authenticate']);
    expect(getObject(doc, 'info').version).toBe('1.1.0');
  });

  test('/groups ids: a comma-separated list (form, not exploded) of at most 500 ids', () => {
    const param = parameters(doc, '/groups').find((p) => p.name === 'ids');
    expect(param).toMatchObject({
      style: 'form',
      explode: false,
      schema: { type: 'array', maxItems: MAX_GROUP_IDS, items: { type: 'string', minLength: 1 } },
    });
  });

  test('operationIds are unique', () => {
    const ids = [
      ...apiPaths.map((p) => operation(doc, p).operationId),
      ...otherMethods.map(([p, m]) => operation(doc, p, m).operationId),
    ];
    expect(new Set(ids).size).toBe(ids.length);
  });

  test.each(Object.keys(pageItems) as (keyof typeof pageItems)[])(
    '%s: page parameters match the page schema, sort offers every item field and wardName',
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
      const fields = sortFields(pageItems[path].shape);
      const sort = params.get('sort');
      expect(isJsonObject(sort) ? sort.enum : undefined).toEqual(fields.flatMap((f) => [f, `-${f}`]));
    },
  );

  test('examples in the document satisfy both the OpenAPI schema and the zod schema', () => {
    const { validator } = componentValidators(doc);
    let checked = 0;
    const operations: [string, Method][] = [
      ...apiPaths.map((p): [string, Method] => [p, 'get']),
      ...otherMethods,
    ];
    for (const [path, method] of operations) {
      const responses = getObject(operation(doc, path, method), 'responses');
      for (const status of Object.keys(responses)) {
        const content = getObject(
          response(doc, operation(doc, path, method), status),
          'content',
          `${method} ${path} ${status}`,
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
    expect(checked).toBeGreaterThanOrEqual(apiPaths.length + otherMethods.length);
  });

  // v1.1's imports: the statuses each operation answers, and POST's query and multipart body.
  const importStatuses: Record<Method, string[]> = {
    get: ['200', '401', '403', '500'],
    post: ['200', '400', '401', '403', '413', '415', '422', '500'],
  };

  test.each(otherMethods)('%s (%s) documents its responses', (path, method) => {
    const op = operation(doc, path, method);
    expect(typeof op.operationId).toBe('string');
    expect(typeof op.summary).toBe('string');
    const statuses = Object.keys(getObject(op, 'responses')).sort();
    expect(statuses).toEqual(importStatuses[method]);
    const bodies: Record<string, unknown> = otherOperations[path][method] ?? {};
    for (const status of statuses) {
      const res = response(doc, op, status);
      expect(typeof res?.description, `${method} ${path} ${status}`).toBe('string');
      expect(Object.keys(getObject(res, 'content')), `${method} ${path} ${status}`).toEqual([
        mediaTypeOf(status),
      ]);
      if (!(status in bodies))
        expect(schemaRef(res, mediaTypeOf(status)), `${method} ${path} ${status}`).toBe(
          `${COMPONENT_REF}Problem`,
        );
    }
  });

  test('POST /imports: check (a boolean) and a multipart body of files and publishThrough', () => {
    const params = parameters(doc, '/imports', 'post');
    expect(params).toEqual([
      expect.objectContaining({ name: 'check', in: 'query', schema: { type: 'boolean', default: false } }),
    ]);
    expect(getObject(doc, 'paths')['/imports']).not.toHaveProperty('put');
    const body = getObject(operation(doc, '/imports', 'post'), 'requestBody');
    expect(body.required).toBe(true);
    const content = getObject(body, 'content');
    expect(Object.keys(content)).toEqual(['multipart/form-data']);
    const schema = deref(doc, getObject(getObject(content, 'multipart/form-data'), 'schema'));
    expect(schema).toMatchObject({
      type: 'object',
      required: ['files'],
      properties: {
        files: { type: 'array', items: { type: 'string', contentMediaType: 'application/octet-stream' } },
        publishThrough: {
          type: 'string',
          pattern: getObject(getObject(getObject(doc, 'components'), 'schemas'), 'Month').pattern,
        },
      },
    });
    expect(Object.keys(getObject(schema, 'properties')).sort()).toEqual(['files', 'publishThrough']);
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
