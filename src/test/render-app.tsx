import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createMemoryHistory, RouterProvider } from '@tanstack/react-router';
import { render } from '@testing-library/react';
import { setApiBaseUrl } from '../api/client';
import { createAppRouter } from '../app/router';

export const TEST_API = 'http://localhost/api/v1';

/** The whole app (router, queries, i18n) at a URL, against whatever the MSW node server answers. */
export function renderApp(url = '/') {
  setApiBaseUrl(TEST_API, { demo: true });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createAppRouter(createMemoryHistory({ initialEntries: [url] }));
  const result = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { ...result, router, queryClient };
}
