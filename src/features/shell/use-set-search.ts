import { useNavigate } from '@tanstack/react-router';
import { useCallback } from 'react';
import type { RootSearch } from '../../lib/view-state';

/** Changes shared view state in the URL (push, so back/forward walk through the changes). */
export function useSetSearch() {
  const navigate = useNavigate();
  return useCallback(
    (patch: Partial<RootSearch>) => {
      void navigate({ to: '.', search: (prev) => ({ ...prev, ...patch }) });
    },
    [navigate],
  );
}
