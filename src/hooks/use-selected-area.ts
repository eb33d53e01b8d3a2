import type { Area } from '../api/schemas';
import { useAreaTree } from './use-area-tree';
import { useViewState } from './use-view-state';

/** The area the URL names (the root when it names none), and whether the URL names an unknown one. */
export function useSelectedArea() {
  const { areaParam } = useViewState();
  const { query, tree } = useAreaTree();
  const area: Area | undefined = tree ? (areaParam ? tree.byId.get(areaParam) : tree.root) : undefined;
  return { areasQuery: query, tree, area, notFound: tree !== undefined && area === undefined };
}
