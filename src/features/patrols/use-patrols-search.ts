import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useCallback } from 'react';

const route = getRouteApi('/patrols');
export type PatrolsSearch = ReturnType<typeof route.useSearch>;

/** The view's own URL state (log page, sort and filters) and a setter that pushes a history entry. */
export function usePatrolsSearch() {
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/patrols' });
  const setSearch = useCallback(
    (patch: Partial<PatrolsSearch>) => {
      void navigate({ search: (prev) => ({ ...prev, ...patch }) });
    },
    [navigate],
  );
  return { search, setSearch };
}
