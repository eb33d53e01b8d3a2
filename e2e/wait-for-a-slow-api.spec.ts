// A configured API that stops answering, is busy, or refuses a request: the panel concerned says
// so (with the app's words for the status and the server's own), retries only what may pass, and
// recovers. Request counts, not clocks, prove the retry policy.
import { AS_OF, expect, test } from './support/fixtures';
import { addMonths, expectedFigures, formatFor, pinnedDataset } from './support/expected';
import { routeApi, type RoutedRequest } from './support/routed-api';

const ds = pinnedDataset();
const vi = formatFor('vi-VN');
const e = expectedFigures(ds, ds.root.id, addMonths(AS_OF, -11), AS_OF);

test('a request that never answers ends in the panel’s error after requestTimeoutMs, and Retry then succeeds', async ({
  page,
  openApp,
}) => {
  let hanging = true;
  await routeApi(page, {
    config: { requestTimeoutMs: 2000 },
    answer: (req) => (hanging && req.path === '/stats/incidents' ? 'hang' : undefined),
  });
  await openApp('/');
  const alert = page.getByRole('alert').filter({ hasText: 'Máy chủ không trả lời trong 2 giây' }).first();
  await expect(alert).toContainText('/stats/incidents');
  await expect(page.getByTestId('kpi-incidents-value')).toHaveCount(0);
  // The other panels did not wait for it.
  await expect(page.getByTestId('kpi-patrols-value')).toHaveText(vi.number(e.patrols));

  hanging = false;
  await alert.getByRole('button', { name: 'Thử lại' }).click();
  await expect(page.getByTestId('kpi-incidents-value')).toHaveText(vi.number(e.incidents));
});

/** Requests per distinct URL of a path (one query each). */
function perUrl(requests: RoutedRequest[], path: string): number[] {
  const counts = new Map<string, number>();
  for (const r of requests)
    if (r.path === path) counts.set(r.url.search, (counts.get(r.url.search) ?? 0) + 1);
  return [...counts.values()];
}

test('a busy server (503, Retry-After: 1) is asked again and its answer shown; a 400 is asked once', async ({
  page,
  openApp,
}) => {
  const seen = new Map<string, number>();
  const api = await routeApi(page, {
    answer: (req) => {
      if (req.path === '/stats/patrols') {
        return {
          status: 400,
          body: { title: 'Bad Request', status: 400, detail: 'areaId is not an area of this API' },
        };
      }
      if (req.path !== '/stats/incidents') return undefined;
      const n = (seen.get(req.url.search) ?? 0) + 1;
      seen.set(req.url.search, n);
      return n <= 2
        ? {
            status: 503,
            body: { title: 'Service Unavailable', status: 503 },
            headers: { 'Retry-After': '1' },
          }
        : undefined;
    },
  });
  await openApp('/');
  await expect(page.getByTestId('kpi-incidents-value')).toHaveText(vi.number(e.incidents));
  // Two 503s, then the answer: three requests for each incidents query, never a fourth.
  await expect.poll(() => perUrl(api.requests, '/stats/incidents').every((n) => n >= 3)).toBe(true);
  expect(perUrl(api.requests, '/stats/incidents').every((n) => n === 3)).toBe(true);

  const refused = page.getByRole('alert').filter({ hasText: 'HTTP 400' }).first();
  await expect(refused).toContainText('Máy chủ từ chối yêu cầu vì không hợp lệ (HTTP 400).');
  await expect(refused).toContainText('Máy chủ cho biết: Bad Request — areaId is not an area of this API');
  const patrols = perUrl(api.requests, '/stats/patrols');
  expect(patrols.length).toBeGreaterThan(0);
  expect(patrols.every((n) => n === 1)).toBe(true);
});
