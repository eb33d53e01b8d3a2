import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useCallback } from 'react';

const route = getRouteApi('/groups');
export type GroupsSearch = ReturnType<typeof route.useSearch>;

/**
 * The view's own URL state and a setter. `replace` is for keystrokes in the name search: one
 * history entry per search, not per letter.
 */
export function useGroupsSearch() {
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/groups' });
  const setSearch = useCallback(
    (patch: Partial<GroupsSearch>, options: { replace?: boolean } = {}) => {
      void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: options.replace ?? false });
    },
    [navigate],
  );
  return { search, setSearch };
}
