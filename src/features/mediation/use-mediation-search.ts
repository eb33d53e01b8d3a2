import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useCallback } from 'react';

const route = getRouteApi('/mediation');
export type MediationSearch = ReturnType<typeof route.useSearch>;

/** The view's own URL state (register page, sort and filters) and a setter that pushes a history entry. */
export function useMediationSearch() {
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/mediation' });
  const setSearch = useCallback(
    (patch: Partial<MediationSearch>) => {
      void navigate({ search: (prev) => ({ ...prev, ...patch }) });
    },
    [navigate],
  );
  return { search, setSearch };
}
