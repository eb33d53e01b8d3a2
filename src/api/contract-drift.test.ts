// contract.test.ts fails when the zod schemas and api/openapi.yaml drift apart; the tests here
// prove that check can fail: each mutates a copy of the document and expects the drift named.
import { describe, expect, test } from 'vitest';
import { areaSchema, groupTypeSchema, problemSchema } from './schemas';
import { compareSchemas, getObject, loadOpenApi, zodJsonSchema, type JsonObject } from './openapi-test-utils';
import {
  type ComponentName,
  COMPONENT_REF,
  componentSchema,
  componentDrift,
  orphanComponents,
  operation,
  response,
  pathDrift,
} from './contract-test-utils';

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
      what: 'a nullable import field made non-null',
      mutate: (s) => {
        prop(s, 'ImportProblem', 'row').type = 'integer';
      },
      check: 'ImportRejected',
      expected: 'ImportRejected.problems[].row: type differs',
    },
    {
      what: 'an import kind dropped from the rows',
      mutate: (s) => {
        delete getObject(getObject(s, 'ImportRows'), 'properties').mediation_cases;
      },
      check: 'ImportLog',
      expected: 'ImportLog.items[].rows.mediation_cases: property only in zod',
    },
    {
      what: 'a free-form map given a key type',
      mutate: (s) => {
        prop(s, 'ImportProblem', 'params').additionalProperties = { type: 'string' };
      },
      check: 'ImportProblem',
      expected: 'ImportProblem.params{*}: type differs',
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

  test('reports an import operation missing, one added, and a body referencing the wrong schema', () => {
    const doc = structuredClone(parsed);
    const imports = getObject(getObject(doc, 'paths'), '/imports');
    imports.put = imports.post ?? null;
    delete imports.get;
    const rejected = getObject(
      getObject(response(doc, operation(doc, '/imports', 'post'), '422'), 'content'),
      'application/problem+json',
    );
    rejected.schema = { $ref: `${COMPONENT_REF}Problem` };
    expect(pathDrift(doc)).toEqual([
      '/imports: expected get, post, found post, put',
      'POST /imports: 422 references Problem, which is not its zod schema',
    ]);
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
