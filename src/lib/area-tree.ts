import type { DataProblem } from '../api/data-problems';
import type { Area, AreaLevel } from '../api/schemas';
import { foldText } from './text';

export interface AreaTree {
  root: Area;
  byId: ReadonlyMap<string, Area>;
  children: ReadonlyMap<string, readonly Area[]>;
  /** Areas in depth-first order, children sorted by Vietnamese collation: the order a picker lists them. */
  ordered: readonly Area[];
  depth: ReadonlyMap<string, number>;
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

type TreeLink = Pick<Area, 'id' | 'parentId'>;

/** Thrown by buildAreaTree on a list that is not one tree; `problem` says how. */
export class AreaTreeError extends Error {
  readonly problem: DataProblem;
  constructor(problem: DataProblem) {
    super(`areas: not a tree (${problem.kind})`);
    this.name = 'AreaTreeError';
    this.problem = problem;
  }
}

/**
 * What keeps the flat list from being one tree, or null: an id twice, a parent that is not in the
 * list, a second root, a cycle of parents (every step of the walk is linear, so a hostile list
 * cannot freeze the page).
 */
export function areaTreeProblem(items: readonly TreeLink[]): DataProblem | null {
  const byId = new Map<string, TreeLink>();
  for (const a of items) {
    if (byId.has(a.id)) return { kind: 'treeDuplicateId', id: a.id };
    byId.set(a.id, a);
  }
  let first: string | undefined;
  for (const a of items) {
    if (a.parentId === null) {
      if (first !== undefined) return { kind: 'treeSecondRoot', id: a.id, first };
      first = a.id;
    } else if (!byId.has(a.parentId)) return { kind: 'treeMissingParent', id: a.id, parentId: a.parentId };
  }
  // Walk up from each area, marking areas on the current walk (1) and areas known to reach the root (2).
  const state = new Map<string, 1 | 2>();
  for (const start of items) {
    const walk: string[] = [];
    let cur: TreeLink | undefined = start;
    while (cur && !state.has(cur.id)) {
      state.set(cur.id, 1);
      walk.push(cur.id);
      cur = cur.parentId === null ? undefined : byId.get(cur.parentId);
    }
    if (cur && state.get(cur.id) === 1) return { kind: 'treeCycle', ids: walk.slice(walk.indexOf(cur.id)) };
    for (const id of walk) state.set(id, 2);
  }
  return first === undefined && items.length > 0 ? { kind: 'treeNoRoot' } : null;
}

/** Builds the tree from the API's flat list. Throws an AreaTreeError when it is not exactly one tree. */
export function buildAreaTree(items: readonly Area[]): AreaTree {
  const problem = areaTreeProblem(items);
  if (problem) throw new AreaTreeError(problem);
  const byId = new Map(items.map((a) => [a.id, a]));
  const children = new Map<string, Area[]>();
  const roots: Area[] = [];
  for (const a of items) {
    if (a.parentId === null) roots.push(a);
    else {
      const list = children.get(a.parentId) ?? [];
      list.push(a);
      children.set(a.parentId, list);
    }
  }
  const [root] = roots;
  if (!root) throw new AreaTreeError({ kind: 'treeNoRoot' });
  for (const list of children.values()) list.sort((a, b) => collator.compare(a.name, b.name));
  const ordered: Area[] = [];
  const depth = new Map<string, number>();
  const stack: Array<[Area, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [area, d] = stack.pop() as [Area, number];
    ordered.push(area);
    depth.set(area.id, d);
    const kids = children.get(area.id) ?? [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i] as Area, d + 1]);
  }
  return { root, byId, children, ordered, depth };
}

/** From the root down to the area itself: the breadcrumb trail. */
export function ancestry(tree: AreaTree, id: string): Area[] {
  const path: Area[] = [];
  let cur = tree.byId.get(id);
  while (cur) {
    path.unshift(cur);
    cur = cur.parentId === null ? undefined : tree.byId.get(cur.parentId);
  }
  return path;
}

/** The level of the area's children, or null for a ward. Works when the tree skips the district level. */
export function childLevel(tree: AreaTree, id: string): AreaLevel | null {
  const first = tree.children.get(id)?.[0];
  return first ? first.level : null;
}

/**
 * The areas under `id` at `level`, in the tree's order (children by Vietnamese collation), however
 * many levels down: one walk of the subtree, so the country's ~10,000 wards cost one pass.
 */
export function descendantsAt(tree: AreaTree, id: string, level: AreaLevel): Area[] {
  const out: Area[] = [];
  const stack = [...(tree.children.get(id) ?? [])].reverse();
  while (stack.length > 0) {
    const a = stack.pop() as Area;
    if (a.level === level) out.push(a);
    else {
      const kids = tree.children.get(a.id) ?? [];
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as Area);
    }
  }
  return out;
}

export function searchAreas(tree: AreaTree, query: string): Area[] {
  const q = foldText(query);
  if (!q) return [...tree.ordered];
  return tree.ordered.filter((a) => foldText(a.name).includes(q));
}
