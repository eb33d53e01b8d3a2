import type { Area } from '../api/schemas';
import { getAuthSession } from '../auth/session';
import { useAreaTree } from './use-area-tree';
import { useViewState } from './use-view-state';

/**
 * The area the URL names (the root when it names none), and whether the URL names an unknown one.
 * Signed in, an unknown area is most likely outside the account's tree (a colleague's link): the
 * account's root is shown instead, and `outsideArea` names the id for the header's note.
 */
export function useSelectedArea() {
  const { areaParam } = useViewState();
  const { query, tree } = useAreaTree();
  const named = tree && areaParam ? tree.byId.get(areaParam) : undefined;
  const outside = tree !== undefined && areaParam !== undefined && !named && getAuthSession() !== null;
  const area: Area | undefined = tree ? (areaParam && !outside ? named : tree.root) : undefined;
  return {
    areasQuery: query,
    tree,
    area,
    notFound: tree !== undefined && area === undefined,
    outsideArea: outside ? areaParam : undefined,
  };
}
