// Test-only helpers for the contract tests (src/api/contract*.test.ts): load api/openapi.yaml,
// resolve its $refs, compare its schemas with zod's JSON Schema output, and build ajv validators
// for its components.
// Never import this from app code.
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import { parse } from 'yaml';
import { z } from 'zod';
import openapiSource from '../../api/openapi.yaml?raw';

export type Json = null | boolean | number | string | Json[] | JsonObject;
export type JsonObject = { [key: string]: Json };

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function toJson(value: unknown, where: string): Json {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`${where}: non-finite number`);
    return value;
  }
  if (Array.isArray(value)) return value.map((v, i) => toJson(v, `${where}[${i}]`));
  if (isJsonObject(value)) {
    const out: JsonObject = {};
    for (const [k, v] of Object.entries(value)) out[k] = toJson(v, `${where}/${k}`);
    return out;
  }
  throw new Error(`${where}: not JSON (${typeof value})`);
}

/** The OpenAPI document as plain JSON, freshly parsed (callers may mutate it). */
export function loadOpenApi(source: string = openapiSource): JsonObject {
  const doc = toJson(parse(source), '#');
  if (!isJsonObject(doc)) throw new Error('api/openapi.yaml is not a mapping');
  return doc;
}

export function getObject(parent: Json | undefined, key: string, where = key): JsonObject {
  const value = isJsonObject(parent) ? parent[key] : undefined;
  if (!isJsonObject(value)) throw new Error(`${where}: expected an object`);
  return value;
}

/** Value at a local JSON pointer ("#/components/schemas/Area"), or undefined. */
export function resolvePointer(doc: JsonObject, ref: string): Json | undefined {
  if (!ref.startsWith('#/')) return undefined;
  let node: Json | undefined = doc;
  for (const raw of ref.slice(2).split('/')) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) node = node[Number(key)];
    else if (isJsonObject(node)) node = node[key];
    else return undefined;
  }
  return node;
}

/** Every `$ref` in the document with the location it was found at. */
export function collectRefs(node: Json, where = '#'): { ref: string; where: string }[] {
  const out: { ref: string; where: string }[] = [];
  if (Array.isArray(node)) node.forEach((v, i) => out.push(...collectRefs(v, `${where}/${i}`)));
  else if (isJsonObject(node)) {
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string') out.push({ ref: v, where });
      else out.push(...collectRefs(v, `${where}/${k}`));
    }
  }
  return out;
}

/**
 * A copy of `node` with every local $ref replaced by its target (sibling keywords of a $ref,
 * allowed in OpenAPI 3.1, are merged over the target). Throws on unresolved or circular refs.
 */
export function deref(doc: JsonObject, node: Json, seen: readonly string[] = []): Json {
  if (Array.isArray(node)) return node.map((v) => deref(doc, v, seen));
  if (!isJsonObject(node)) return node;
  const ref = node.$ref;
  if (typeof ref === 'string') {
    if (seen.includes(ref)) throw new Error(`circular $ref ${[...seen, ref].join(' -> ')}`);
    const target = resolvePointer(doc, ref);
    if (target === undefined) throw new Error(`unresolved $ref ${ref}`);
    const resolved = deref(doc, target, [...seen, ref]);
    const siblings: JsonObject = { ...node };
    delete siblings.$ref;
    if (Object.keys(siblings).length === 0) return resolved;
    const extra = deref(doc, siblings, seen);
    if (!isJsonObject(resolved) || !isJsonObject(extra))
      throw new Error(`$ref ${ref} with siblings: not an object`);
    return { ...resolved, ...extra };
  }
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(node)) out[k] = deref(doc, v, seen);
  return out;
}

/** JSON Schema of a zod schema as the client parses it (io: 'input': strip objects stay open). */
export function zodJsonSchema(schema: z.ZodType): JsonObject {
  const json = toJson(z.toJSONSchema(schema, { io: 'input' }), 'zod');
  if (!isJsonObject(json)) throw new Error('zod JSON Schema is not an object');
  return json;
}

// ---------------------------------------------------------------------------------------------
// Schema comparison

/** Keywords that document rather than constrain: not compared. */
const ANNOTATIONS = new Set(['$schema', '$id', '$comment', 'title', 'description', 'examples', 'deprecated']);

function canonical(value: Json | undefined): string {
  if (value === undefined) return '(absent)';
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isJsonObject(value)) {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function sortedStrings(value: Json | undefined): string[] {
  return (Array.isArray(value) ? value : []).map((v) => canonical(v)).sort();
}

/**
 * A comparable form of a (dereferenced) schema:
 * - annotations dropped;
 * - `anyOf`/`oneOf` of one schema and `{ type: 'null' }` folded into `type: [..., 'null']` (what
 *   zod emits for `.nullable()` vs what OpenAPI 3.1 writes);
 * - `type` always a sorted array, `required` a sorted array on objects;
 * - zod's implicit safe-integer bounds on `.int()` (±2^53−1) dropped;
 * - a record keyed by an enum (`propertyNames.enum` + `additionalProperties: S`, zod's
 *   `partialRecord`) rewritten as optional `properties` of S + `additionalProperties: false`;
 * - `propertyNames: { type: 'string' }` (a record of string keys) dropped: JSON keys are strings.
 */
export function normalizeSchema(schema: Json): Json {
  if (!isJsonObject(schema)) return schema;
  let s: JsonObject = {};
  for (const [k, v] of Object.entries(schema)) if (!ANNOTATIONS.has(k)) s[k] = v;

  for (const combinator of ['anyOf', 'oneOf'] as const) {
    const branches = s[combinator];
    if (!Array.isArray(branches) || branches.length !== 2) continue;
    const normalized = branches.map(normalizeSchema);
    const nullIndex = normalized.findIndex((b) => canonical(b) === canonical({ type: ['null'] }));
    const other = normalized[1 - nullIndex];
    if (nullIndex === -1 || !isJsonObject(other) || !Array.isArray(other.type)) continue;
    const rest = Object.fromEntries(Object.entries(s).filter(([k]) => k !== combinator));
    s = { ...rest, ...other, type: [...other.type, 'null'] };
  }

  if (typeof s.type === 'string') s.type = [s.type];
  if (Array.isArray(s.type)) s.type = [...new Set(s.type.map(String))].sort();

  if (Array.isArray(s.type) && s.type.includes('integer')) {
    if (s.maximum === Number.MAX_SAFE_INTEGER) delete s.maximum;
    if (s.minimum === Number.MIN_SAFE_INTEGER) delete s.minimum;
  }

  const names = s.propertyNames;
  if (isJsonObject(names) && Array.isArray(names.enum) && s.properties === undefined) {
    const value = s.additionalProperties ?? {};
    const properties: JsonObject = {};
    for (const key of names.enum) properties[String(key)] = value;
    delete s.propertyNames;
    s.properties = properties;
    s.additionalProperties = false;
  }

  // Every JSON object key is a string: zod's `propertyNames: { type: 'string' }` (z.record with
  // string keys) says nothing an OpenAPI `additionalProperties` map does not.
  if (canonical(names) === canonical({ type: 'string' })) delete s.propertyNames;

  if (isJsonObject(s.properties)) {
    const properties: JsonObject = {};
    for (const [k, v] of Object.entries(s.properties)) properties[k] = normalizeSchema(v);
    s.properties = properties;
  }
  if (Array.isArray(s.type) && s.type.includes('object') && s.required === undefined) s.required = [];
  if (Array.isArray(s.required)) s.required = s.required.map(String).sort();
  if (s.items !== undefined) s.items = normalizeSchema(s.items);
  if (isJsonObject(s.additionalProperties)) s.additionalProperties = normalizeSchema(s.additionalProperties);
  return s;
}

/**
 * Differences between the zod side and the OpenAPI side of one schema, each naming the schema and
 * the property path ("Area.level: enum differs …"). Both are normalised first; the OpenAPI side
 * must already be dereferenced. Every keyword is compared, not only the ones listed here:
 * properties, required, type, enum, minimum/maximum, pattern, items, additionalProperties, ….
 */
export function compareSchemas(name: string, zodSide: Json, openapiSide: Json): string[] {
  const problems: string[] = [];
  walk(normalizeSchema(zodSide), normalizeSchema(openapiSide), name);
  return problems;

  function walk(a: Json, b: Json, path: string): void {
    if (!isJsonObject(a) || !isJsonObject(b)) {
      if (canonical(a) !== canonical(b)) {
        problems.push(`${path}: schema differs — zod: ${canonical(a)}, OpenAPI: ${canonical(b)}`);
      }
      return;
    }
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    for (const key of keys) {
      const x = a[key];
      const y = b[key];
      if (key === 'properties' && isJsonObject(x) && isJsonObject(y)) {
        for (const p of Object.keys(x)) if (!(p in y)) problems.push(`${path}.${p}: property only in zod`);
        for (const p of Object.keys(y))
          if (!(p in x)) problems.push(`${path}.${p}: property only in OpenAPI`);
        for (const p of Object.keys(x)) {
          const px = x[p];
          const py = y[p];
          if (px !== undefined && py !== undefined) walk(px, py, `${path}.${p}`);
        }
      } else if (key === 'required' && Array.isArray(x) && Array.isArray(y)) {
        for (const p of x)
          if (!y.includes(p)) problems.push(`${path}.${String(p)}: required in zod, optional in OpenAPI`);
        for (const p of y)
          if (!x.includes(p)) problems.push(`${path}.${String(p)}: required in OpenAPI, optional in zod`);
      } else if (key === 'items' && x !== undefined && y !== undefined) {
        walk(x, y, `${path}[]`);
      } else if (key === 'additionalProperties' && isJsonObject(x) && isJsonObject(y)) {
        walk(x, y, `${path}{*}`);
      } else if (key === 'type' || key === 'enum') {
        if (
          canonical(sortedStrings(x)) !== canonical(sortedStrings(y)) ||
          (x === undefined) !== (y === undefined)
        ) {
          problems.push(`${path}: ${key} differs — zod: ${canonical(x)}, OpenAPI: ${canonical(y)}`);
        }
      } else if (canonical(x) !== canonical(y)) {
        problems.push(`${path}: ${key} differs — zod: ${canonical(x)}, OpenAPI: ${canonical(y)}`);
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// ajv

const COMPONENT_REF = '#/components/schemas/';

const BUNDLE_ID = 'urn:antt:openapi-components';

/**
 * Rewrites "#/components/schemas/X" to `${base}#/$defs/X`, so that the components form one JSON
 * Schema (base '') and other schemas can point into it (base BUNDLE_ID).
 */
function rewriteRefs(node: Json, base: string): Json {
  if (Array.isArray(node)) return node.map((v) => rewriteRefs(v, base));
  if (!isJsonObject(node)) return node;
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(node)) {
    out[k] =
      k === '$ref' && typeof v === 'string' && v.startsWith(COMPONENT_REF)
        ? `${base}#/$defs/${v.slice(COMPONENT_REF.length)}`
        : rewriteRefs(v, base);
  }
  return out;
}

export type ComponentValidators = {
  ajv: Ajv2020;
  /** A validator for components/schemas/<name>, its $refs resolved by ajv. */
  validator(name: string): ValidateFunction;
  /** A validator for any schema of the document (e.g. a parameter's) that may $ref components. */
  compile(schema: Json): ValidateFunction;
};

/**
 * An ajv (JSON Schema 2020-12, strict mode) holding every components/schemas entry of the
 * document as `$defs` of one schema, so a component compiles with its own `$ref`s intact.
 */
export function componentValidators(doc: JsonObject): ComponentValidators {
  const schemas = getObject(getObject(doc, 'components'), 'schemas', 'components.schemas');
  const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
  ajv.addSchema({ $id: BUNDLE_ID, $defs: rewriteRefs(schemas, '') });
  const cache = new Map<string, ValidateFunction>();
  return {
    ajv,
    validator(name) {
      if (!(name in schemas)) throw new Error(`no components/schemas/${name}`);
      let validate = cache.get(name);
      if (!validate) {
        validate = ajv.compile({ $ref: `${BUNDLE_ID}#/$defs/${name}` });
        cache.set(name, validate);
      }
      return validate;
    },
    compile(schema) {
      const rewritten = rewriteRefs(schema, BUNDLE_ID);
      if (!isJsonObject(rewritten) && typeof rewritten !== 'boolean') throw new Error('not a schema');
      return ajv.compile(rewritten);
    },
  };
}

/** ajv's errors as one readable line per error. */
export function describeAjvErrors(validate: ValidateFunction): string[] {
  return (validate.errors ?? []).map(
    (e) => `${e.instancePath || '(root)'} ${e.message ?? ''} ${JSON.stringify(e.params)}`,
  );
}
