// What can be wrong with an answer that has the right shape but cannot be true: a duplicate row,
// an area tree that is not a tree, a part larger than its whole. The zod refinements of
// schemas.ts (and the checks combining two endpoints) attach one of these to their issue, so that
// the panel can say in the user's language exactly what the server must fix.
import { z } from 'zod';

const areaMonth = { areaId: z.string(), month: z.string() };

export const dataProblemSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('duplicateRow'), ...areaMonth }),
  z.object({ kind: z.literal('duplicateAreaRow'), areaId: z.string() }),
  z.object({ kind: z.literal('treeDuplicateId'), id: z.string() }),
  z.object({ kind: z.literal('treeMissingParent'), id: z.string(), parentId: z.string() }),
  z.object({ kind: z.literal('treeSecondRoot'), id: z.string(), first: z.string() }),
  z.object({ kind: z.literal('treeCycle'), ids: z.array(z.string()) }),
  z.object({ kind: z.literal('treeNoRoot') }),
  /** Outcomes (resolved + referred + unresolved + pending) that do not add up to the cases received. */
  z.object({
    kind: z.literal('outcomesNotReceived'),
    ...areaMonth,
    category: z.string().optional(),
    outcomes: z.number(),
    received: z.number(),
  }),
  /** Incidents by category adding up to more than the month's total. */
  z.object({
    kind: z.literal('categoriesAboveTotal'),
    ...areaMonth,
    categories: z.number(),
    total: z.number(),
  }),
  /** Day and night patrols that do not add up to the month's patrols. */
  z.object({ kind: z.literal('shiftsNotPatrols'), ...areaMonth, shifts: z.number(), patrols: z.number() }),
  z.object({ kind: z.literal('reportedAboveWards'), ...areaMonth, reported: z.number(), wards: z.number() }),
  /** /stats/groups' covered residential areas above the area's residential areas from /areas. */
  z.object({
    kind: z.literal('coveredAboveResidential'),
    areaId: z.string(),
    areaName: z.string(),
    covered: z.number(),
    residential: z.number(),
  }),
]);
export type DataProblem = z.infer<typeof dataProblemSchema>;

/** An English one-liner for the console and logs; the panel shows the translated text instead. */
export function problemSummary(problem: DataProblem): string {
  const { kind, ...rest } = problem;
  return `${kind} ${JSON.stringify(rest)}`;
}

/** Adds the problem as a zod issue at `path`, where invalidResponse() finds it again. */
export function addProblem(ctx: z.RefinementCtx, problem: DataProblem, path: PropertyKey[]): void {
  ctx.addIssue({ code: 'custom', message: problemSummary(problem), path, params: { problem } });
}

/** The problem attached to a zod issue by addProblem(), if any. */
export function issueProblem(issue: z.core.$ZodIssue | undefined): DataProblem | undefined {
  if (issue?.code !== 'custom') return undefined;
  const parsed = dataProblemSchema.safeParse(issue.params?.problem);
  return parsed.success ? parsed.data : undefined;
}
