import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/errors';

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // A 4xx or an invalid body will not fix itself: show it at once; retry only transient failures.
        retry: (count, error) =>
          count < 2 &&
          !(error instanceof ApiError && (error.kind === 'invalid' || (error.status ?? 500) < 500)),
        refetchOnWindowFocus: false,
      },
    },
  });
}
