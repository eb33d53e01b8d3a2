// The JSON API contract v1.1 as zod schemas (v1 answers still parse: every v1.1 addition to an
// existing row is optional, and the new endpoints may answer 404 on a v1 API). api/openapi.yaml describes the same shapes;
// src/api/contract.test.ts fails when the two drift apart.
import { z } from 'zod';
import { areaTreeProblem } from '../lib/area-tree';
import { cleanName } from '../lib/text';
import { addProblem } from './data-problems';
import { areaGeometryResponseSchema } from './geometry-schemas';
import {
  areaLevels,
  groupTypes,
  incidentCategories,
  mediationCategories,
  mediationOutcomes,
  recognitions,
} from './vocabulary';

export { areaLevels, groupTypes, incidentCategories, mediationCategories, mediationOutcomes, recognitions };

export const monthString = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a month "YYYY-MM"');
export const dateString = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'expected a date "YYYY-MM-DD"');
/** An RFC 3339 date-time with seconds and an offset or Z, e.g. "2026-11-05T06:00:00Z". */
export const dateTimeString = z
  .string()
  .regex(
    /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/,
    'expected a date-time "YYYY-MM-DDThh:mm:ssZ"',
  );
const count = z.number().int().min(0);
/** A name to show: bidi and other control characters cannot reorder or hide it (src/lib/text.ts). */
const nameString = z.string().overwrite(cleanName);

/** Stats rows are unique per area and month: a second row would be added in twice. */
function uniqueAreaMonths(items: readonly { areaId: string; month: string }[], ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  items.forEach((row, i) => {
    const key = `${row.areaId}\u0000${row.month}`;
    if (seen.has(key))
      addProblem(ctx, { kind: 'duplicateRow', areaId: row.areaId, month: row.month }, ['items', i]);
    seen.add(key);
  });
}

export const areaLevelSchema = z.enum(areaLevels);
export type AreaLevel = z.infer<typeof areaLevelSchema>;

export const areaSchema = z.object({
  id: z.string().min(1),
  name: nameString,
  level: areaLevelSchema,
  parentId: z.string().nullable(),
  population: count,
  households: count,
  residentialAreas: count,
  cameras: count,
  // v1.1, optional: the units this one was merged from (the 2025 reform), and when.
  formerNames: z.array(nameString).optional(),
  mergedOn: dateString.optional(),
});
export type Area = z.infer<typeof areaSchema>;
/** One root (parentId null), no cycle, no id twice, every parent in the list. */
export const areasResponseSchema = z.object({ items: z.array(areaSchema) }).superRefine((value, ctx) => {
  const problem = areaTreeProblem(value.items);
  if (problem) addProblem(ctx, problem, ['items']);
});

export const groupTypeSchema = z.enum(groupTypes);
export type GroupType = z.infer<typeof groupTypeSchema>;
export const groupStatusSchema = z.enum(['active', 'inactive']);
export const recognitionSchema = z.enum(recognitions);
export type Recognition = z.infer<typeof recognitionSchema>;

export const groupSchema = z.object({
  id: z.string().min(1),
  name: nameString,
  type: groupTypeSchema,
  wardId: z.string(),
  residentialArea: nameString,
  establishedOn: dateString,
  members: count,
  leader: nameString,
  status: groupStatusSchema,
  recognition: recognitionSchema,
});
export type Group = z.infer<typeof groupSchema>;

export const shiftSchema = z.enum(['day', 'night']);
export const patrolSchema = z.object({
  id: z.string().min(1),
  groupId: z.string(),
  // v1.1: the group's name (null when the group has none on record); absent from a v1 API.
  groupName: nameString.nullable().optional(),
  wardId: z.string(),
  date: dateString,
  shift: shiftSchema,
  durationMinutes: count,
  participants: count,
  findings: count,
  note: z.string(),
});
export type Patrol = z.infer<typeof patrolSchema>;

export const mediationCategorySchema = z.enum(mediationCategories);
export type MediationCategory = z.infer<typeof mediationCategorySchema>;
export const mediationOutcomeSchema = z.enum(mediationOutcomes);
export type MediationOutcome = z.infer<typeof mediationOutcomeSchema>;

export const mediationCaseSchema = z.object({
  id: z.string().min(1),
  wardId: z.string(),
  groupId: z.string(),
  groupName: nameString.nullable().optional(),
  category: mediationCategorySchema,
  receivedOn: dateString,
  closedOn: dateString.nullable(),
  outcome: mediationOutcomeSchema,
});
export type MediationCase = z.infer<typeof mediationCaseSchema>;

export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: count,
    page: z.number().int().min(1),
    pageSize: z.number().int().min(1).max(500),
  });
}
export const groupsPageSchema = pageSchema(groupSchema);
export const patrolsPageSchema = pageSchema(patrolSchema);
export const mediationCasesPageSchema = pageSchema(mediationCaseSchema);
export type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

export const incidentCategorySchema = z.enum(incidentCategories);
export type IncidentCategory = z.infer<typeof incidentCategorySchema>;

export const incidentStatSchema = z.object({
  areaId: z.string(),
  month: monthString,
  total: count,
  // A missing key means 0 (contract), so every key is optional.
  byCategory: z.partialRecord(incidentCategorySchema, count),
});
export type IncidentStat = z.infer<typeof incidentStatSchema>;
export const incidentStatsResponseSchema = z
  .object({ items: z.array(incidentStatSchema) })
  .superRefine(({ items }, ctx) => {
    uniqueAreaMonths(items, ctx);
    items.forEach((row, i) => {
      const categories = Object.values(row.byCategory).reduce((a, b) => a + b, 0);
      if (categories > row.total) {
        addProblem(
          ctx,
          {
            kind: 'categoriesAboveTotal',
            areaId: row.areaId,
            month: row.month,
            categories,
            total: row.total,
          },
          ['items', i, 'byCategory'],
        );
      }
    });
  });

export const patrolStatSchema = z.object({
  areaId: z.string(),
  month: monthString,
  patrols: count,
  participants: count,
  patrolHours: z.number().min(0),
  findings: count,
  // v1.1: patrols by shift (dayPatrols + nightPatrols = patrols); absent from a v1 API.
  dayPatrols: count.optional(),
  nightPatrols: count.optional(),
});
export type PatrolStat = z.infer<typeof patrolStatSchema>;
export const patrolStatsResponseSchema = z
  .object({ items: z.array(patrolStatSchema) })
  .superRefine(({ items }, ctx) => {
    uniqueAreaMonths(items, ctx);
    items.forEach((row, i) => {
      if (row.dayPatrols === undefined || row.nightPatrols === undefined) return;
      const shifts = row.dayPatrols + row.nightPatrols;
      if (shifts !== row.patrols) {
        addProblem(
          ctx,
          { kind: 'shiftsNotPatrols', areaId: row.areaId, month: row.month, shifts, patrols: row.patrols },
          ['items', i, 'dayPatrols'],
        );
      }
    });
  });

export const mediationOutcomeCountsSchema = z.object({
  received: count,
  resolved: count,
  referred: count,
  unresolved: count,
  pending: count,
});
export type MediationOutcomeCounts = z.infer<typeof mediationOutcomeCountsSchema>;

export const mediationStatSchema = z.object({
  areaId: z.string(),
  month: monthString,
  ...mediationOutcomeCountsSchema.shape,
  // v1.1: the same counts per case category (a missing key means all 0); absent from a v1 API.
  byCategory: z.partialRecord(mediationCategorySchema, mediationOutcomeCountsSchema).optional(),
});
export type MediationStat = z.infer<typeof mediationStatSchema>;
/** The contract: received = resolved + referred + unresolved + pending, in total and per category. */
function outcomesOf(c: MediationOutcomeCounts): number {
  return c.resolved + c.referred + c.unresolved + c.pending;
}

export const mediationStatsResponseSchema = z
  .object({ items: z.array(mediationStatSchema) })
  .superRefine(({ items }, ctx) => {
    uniqueAreaMonths(items, ctx);
    items.forEach((row, i) => {
      const at = { areaId: row.areaId, month: row.month };
      if (outcomesOf(row) !== row.received) {
        const problem = {
          kind: 'outcomesNotReceived',
          ...at,
          outcomes: outcomesOf(row),
          received: row.received,
        } as const;
        addProblem(ctx, problem, ['items', i, 'received']);
      }
      for (const [category, counts] of Object.entries(row.byCategory ?? {})) {
        if (outcomesOf(counts) === counts.received) continue;
        const problem = {
          kind: 'outcomesNotReceived',
          ...at,
          category,
          outcomes: outcomesOf(counts),
          received: counts.received,
        } as const;
        addProblem(ctx, problem, ['items', i, 'byCategory', category]);
      }
    });
  });

export const groupStatSchema = z.object({
  areaId: z.string(),
  activeGroups: count,
  inactiveGroups: count,
  members: count,
  byType: z.partialRecord(groupTypeSchema, count),
  coveredResidentialAreas: count,
});
export type GroupStat = z.infer<typeof groupStatSchema>;
/** A snapshot: one row per area. */
export const groupStatsResponseSchema = z
  .object({ items: z.array(groupStatSchema) })
  .superRefine(({ items }, ctx) => {
    const seen = new Set<string>();
    items.forEach((row, i) => {
      if (seen.has(row.areaId))
        addProblem(ctx, { kind: 'duplicateAreaRow', areaId: row.areaId }, ['items', i]);
      seen.add(row.areaId);
    });
  });

export const apiRoles = ['viewer', 'editor', 'admin'] as const;
export const apiRoleSchema = z.enum(apiRoles);
export type ApiRole = z.infer<typeof apiRoleSchema>;

/** v1.1 GET /meta: the data's range and whether it is generated. */
export const metaSchema = z.object({
  apiVersion: z.string().min(1),
  /** First month with data. */
  dataFrom: monthString,
  /** Last month whose data is complete and published: the dashboard's as-of month. */
  dataTo: monthString,
  generatedAt: dateTimeString,
  name: nameString.optional(),
  demo: z.boolean(),
});
export type Meta = z.infer<typeof metaSchema>;

/** v1.1 GET /me: who the API takes the caller to be, and the root of the tree they may see. */
export const meSchema = z.object({
  subject: z.string().min(1),
  name: nameString.nullable(),
  areaId: z.string().min(1),
  // Roles this client does not know are ignored rather than failing the whole answer.
  roles: z.array(z.string()),
});
export type Me = z.infer<typeof meSchema>;

/** v1.1 GET /stats/reporting: of the wards under an area, how many reported for a month. */
export const reportingStatSchema = z.object({
  areaId: z.string(),
  month: monthString,
  wards: count,
  reported: count,
});
export type ReportingStat = z.infer<typeof reportingStatSchema>;
export const reportingStatsResponseSchema = z
  .object({ items: z.array(reportingStatSchema) })
  .superRefine(({ items }, ctx) => {
    uniqueAreaMonths(items, ctx);
    items.forEach((row, i) => {
      if (row.reported <= row.wards) return;
      const problem = {
        kind: 'reportedAboveWards',
        areaId: row.areaId,
        month: row.month,
        reported: row.reported,
        wards: row.wards,
      } as const;
      addProblem(ctx, problem, ['items', i, 'reported']);
    });
  });

export const problemSchema = z.object({
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  // v1.1: a stable code (src/api/problem-codes.ts) for a problem the client can act on.
  code: z.string().min(1).optional(),
});
export type Problem = z.infer<typeof problemSchema>;

/** Every response schema by operation, so tests and tooling can walk the whole contract. */
export const responseSchemas = {
  '/areas': areasResponseSchema,
  '/groups': groupsPageSchema,
  '/patrols': patrolsPageSchema,
  '/mediation-cases': mediationCasesPageSchema,
  '/stats/incidents': incidentStatsResponseSchema,
  '/stats/patrols': patrolStatsResponseSchema,
  '/stats/mediation': mediationStatsResponseSchema,
  '/stats/groups': groupStatsResponseSchema,
  '/meta': metaSchema,
  '/me': meSchema,
  '/stats/reporting': reportingStatsResponseSchema,
  '/areas/geometry': areaGeometryResponseSchema,
} as const;
export type ApiPath = keyof typeof responseSchemas;
