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

/** Builds the tree from the API's flat list. Throws when there is not exactly one root. */
export function buildAreaTree(items: readonly Area[]): AreaTree {
  const byId = new Map(items.map((a) => [a.id, a]));
  const children = new Map<string, Area[]>();
  const roots: Area[] = [];
  for (const a of items) {
    if (a.parentId === null || !byId.has(a.parentId)) roots.push(a);
    else {
      const list = children.get(a.parentId) ?? [];
      list.push(a);
      children.set(a.parentId, list);
    }
  }
  const [root] = roots;
  if (roots.length !== 1 || !root) throw new Error(`areas: expected one root area, found ${roots.length}`);
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

export function searchAreas(tree: AreaTree, query: string): Area[] {
  const q = foldText(query);
  if (!q) return [...tree.ordered];
  return tree.ordered.filter((a) => foldText(a.name).includes(q));
}
