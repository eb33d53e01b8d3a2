// An areas file is the whole tree: one root, every parent in the file, levels going down (country,
// province, district, ward; a level may be skipped, as in a province without districts), wards as
// leaves. Laid out in depth-first pre-order with siblings in file order, as the areas table wants.
import { areaLevels } from '../../../src/api/schemas';
import type { Where } from './fields';
import { AREA_NUMBERS, type AreaRecord } from './records';
import type { ImportProblemCode, ImportProblemParams } from '../../../src/api/import-problems';
import { problemAt, type Problems } from './sheet';

export interface TreeRow {
  pre: number;
  id: string;
  name: string;
  level: string;
  levelRank: number;
  parentId: string | null;
  numbers: number[];
  subEnd: number;
  wardStart: number;
  wardEnd: number;
  formerNames: string[] | null;
  mergedOn: string | null;
}

export function buildTree(areas: readonly AreaRecord[], problems: Problems): TreeRow[] | null {
  const start = problems.count;
  const fail = <C extends ImportProblemCode>(
    at: Where,
    column: string | null,
    value: string | null,
    code: C,
    params: ImportProblemParams<C>,
  ) => problems.add(problemAt({ ...at, column, value }, code, params));
  const byId = new Map(areas.map((a) => [a.id, a]));
  const children = new Map<string, AreaRecord[]>();
  const roots: AreaRecord[] = [];
  for (const a of areas) {
    if (a.parentId === null) {
      roots.push(a);
      continue;
    }
    const parent = byId.get(a.parentId);
    if (!parent) fail(a.at, 'parent_id', a.parentId, 'unknownParent', { parentId: a.parentId });
    else if (areaLevels.indexOf(parent.level) >= areaLevels.indexOf(a.level))
      fail(a.at, 'level', a.level, 'levelUnderLevel', {
        level: a.level,
        parentLevel: parent.level,
        parentId: parent.id,
      });
    else children.set(parent.id, [...(children.get(parent.id) ?? []), a]);
    if (a.level === 'ward') {
      AREA_NUMBERS.forEach((c, i) => {
        if (a.numbers[i] === null) fail(a.at, c, '', 'requiredForWard', {});
      });
    }
  }
  if (roots.length !== 1)
    fail(
      roots[1]?.at ?? areas[0]?.at ?? { file: 'areas', sheet: null, row: 1 },
      'parent_id',
      '',
      'rootCount',
      { count: roots.length },
    );
  if (problems.count > start) return null;
  const rows: TreeRow[] = [];
  let wards = 0;
  // Pre-order walk: levels only go down, so it is at most four deep and a cycle is never entered.
  const visit = (a: AreaRecord): TreeRow => {
    const row: TreeRow = {
      pre: rows.length,
      id: a.id,
      name: a.name,
      level: a.level,
      levelRank: areaLevels.indexOf(a.level),
      parentId: a.parentId,
      numbers: a.numbers.map((n) => n ?? 0),
      subEnd: 0,
      wardStart: wards,
      wardEnd: 0,
      formerNames: a.formerNames,
      mergedOn: a.mergedOn,
    };
    rows.push(row);
    if (a.level === 'ward') wards++;
    const kids = children.get(a.id) ?? [];
    if (kids.length > 0) {
      row.numbers = AREA_NUMBERS.map(() => 0);
      for (const kid of kids) {
        const k = visit(kid);
        k.numbers.forEach((n, i) => (row.numbers[i] = (row.numbers[i] ?? 0) + n));
      }
    }
    row.subEnd = rows.length;
    row.wardEnd = wards;
    return row;
  };
  const root = roots[0];
  if (root) visit(root);
  // Rows never reached hang off a cycle (a → b → a): every one of them is reported.
  const reached = new Set(rows.map((r) => r.id));
  for (const a of areas) if (!reached.has(a.id)) fail(a.at, 'parent_id', a.parentId, 'parentCycle', {});
  // Totals above the wards are computed; a given one must agree with them.
  for (const row of rows) {
    const a = byId.get(row.id);
    if (!a || a.level === 'ward') continue;
    AREA_NUMBERS.forEach((c, i) => {
      const given = a.numbers[i];
      if (given !== null && given !== undefined && given !== row.numbers[i])
        fail(a.at, c, String(given), 'totalGiven', { total: row.numbers[i] ?? 0 });
    });
  }
  return problems.count > start ? null : rows;
}
