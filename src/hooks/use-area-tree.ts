import { useMemo } from 'react';
import { useAreas } from '../api/endpoints/areas';
import { buildAreaTree, type AreaTree } from '../lib/area-tree';

/** The areas query plus the tree built from it once per response. */
export function useAreaTree() {
  const query = useAreas();
  const tree = useMemo<AreaTree | undefined>(
    () => (query.data ? buildAreaTree(query.data.items) : undefined),
    [query.data],
  );
  return { query, tree };
}
