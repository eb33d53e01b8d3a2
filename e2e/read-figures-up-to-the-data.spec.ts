// A province officer opens the dashboard against an API whose data ends before the clock's last
// complete month (a lagging reporting system), or against a v1 API that does not state its range:
// the default period ends with the data's last month, every figure is that data's, and periods
// asked for outside the data are bounded by it and say so. Expected figures come from the generator.
import { expect, FIXED_NOW, test } from './support/fixtures';
import { addMonths, expectedFigures, formatFor, monthsOf, pinnedDataset } from './support/expected';
import { routeApi } from './support/routed-api';

const vi = formatFor('vi-VN');
const viMonth = (m: string) =>
  new Intl.DateTimeFormat('vi-VN', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${m}-01T00:00:00Z`),
  );

test('the default period ends with the data’s last month when the data lags behind the clock', async ({
  page,
  openApp,
}) => {
  const ds = pinnedDataset({ lagMonths: 1 });
  const clockMonth = addMonths(FIXED_NOW.toISOString().slice(0, 7), -1);
  expect(ds.asOf, 'the data ends before the clock’s last complete month').toBe(addMonths(clockMonth, -1));
  const from = addMonths(ds.asOf, -11);
  const e = expectedFigures(ds, ds.root.id, from, ds.asOf);
  await openApp('/', { lagMonths: 1 });

  await expect(page.getByTestId('kpi-incidents-value')).toHaveText(vi.number(e.incidents));
  const change = (e.incidents - e.priorIncidents) / e.priorIncidents;
  await expect(page.getByTestId('kpi-incidents').getByTestId('change')).toContainText(
    `${change < 0 ? 'Giảm' : 'Tăng'} ${vi.percent(Math.abs(change))}`,
  );
  await expect(page.getByTestId('kpi-patrols-value')).toHaveText(vi.number(e.patrols));
  await expect(page.getByTestId('kpi-mediation-rate-value')).toHaveText(vi.percent(e.resolved / e.closed));
  await expect(page.getByTestId('as-of')).toHaveText(`Số liệu đến hết ${viMonth(ds.asOf)}`);
  await expect(page.getByTestId('period-note')).toHaveCount(0);

  await page.getByRole('button', { name: 'Xem dạng bảng' }).click();
  const rows = page.getByTestId('incidents-table').locator('tbody tr');
  await expect(rows).toHaveCount(12);
  for (const [i, m] of e.monthly.entries())
    await expect(rows.nth(i).locator('td').nth(0)).toHaveText(vi.number(m.current));

  // Year to date runs from January of the data's last year to its last month.
  await page.getByTestId('period-select').selectOption('ytd');
  const ytd = expectedFigures(ds, ds.root.id, `${ds.asOf.slice(0, 4)}-01`, ds.asOf);
  await expect(page.getByTestId('kpi-incidents-value')).toHaveText(vi.number(ytd.incidents));
});

test('against a v1 API without /meta the as-of month is read off the data, and the page says so', async ({
  page,
  pageErrors,
}) => {
  void pageErrors;
  await page.clock.setFixedTime(FIXED_NOW);
  const scenario = { apiVersion: '1', lagMonths: 2 } as const;
  const ds = pinnedDataset(scenario);
  const api = await routeApi(page, { scenario });
  const e = expectedFigures(ds, ds.root.id, addMonths(ds.asOf, -11), ds.asOf);
  await page.goto('/');

  await expect(page.getByTestId('kpi-incidents-value')).toHaveText(vi.number(e.incidents));
  await expect(page.getByTestId('as-of')).toContainText(`Số liệu đến hết ${viMonth(ds.asOf)}`);
  await expect(page.getByTestId('as-of')).toContainText('suy ra từ số liệu');
  await expect(page.getByTestId('period-note').first()).toContainText('tháng cuối được suy ra từ số liệu');
  expect(api.count('/meta')).toBe(1);
  expect(api.count('/stats/reporting'), 'a v1 API is not asked about reporting').toBe(0);
  // Nothing is claimed about reporting, and there is no demo badge: the API did not say so.
  await expect(page.getByTestId('reporting-note')).toHaveCount(0);
  await expect(page.getByTestId('demo-badge')).toHaveCount(0);
});

test('a /meta failure is an error with retry, not figures from the clock', async ({ page, pageErrors }) => {
  void pageErrors;
  await page.clock.setFixedTime(FIXED_NOW);
  let fail = true;
  await routeApi(page, {
    answer: (req) =>
      req.path === '/meta' && fail ? { status: 500, body: { title: 'Boom', status: 500 } } : undefined,
  });
  await page.goto('/');
  const error = page.getByRole('alert');
  await expect(error).toContainText('Không tải được phạm vi số liệu (GET /meta)', { timeout: 15_000 });
  await expect(page.getByTestId('kpi-incidents-value')).toHaveCount(0);
  fail = false;
  await error.getByRole('button', { name: 'Thử lại' }).click();
  await expect(page.getByTestId('kpi-incidents-value')).toBeVisible();
});

test('a custom range reaching past the data is clipped to it, and its label says so', async ({
  page,
  openApp,
}) => {
  const ds = pinnedDataset();
  const first = ds.months[0] ?? '';
  const from = addMonths(first, -6);
  const to = addMonths(first, 5);
  const e = expectedFigures(ds, ds.root.id, first, to);
  await openApp(`/?period=${from}..${to}`);

  await expect(page.getByTestId('kpi-incidents-value')).toHaveText(vi.number(e.incidents));
  await expect(page.getByTestId('period-from')).toHaveValue(first);
  await expect(page.getByTestId('period-to')).toHaveValue(to);
  const note = page.getByTestId('period-note');
  await expect(note.first()).toContainText('Đã rút về các tháng có số liệu');
  await page.getByRole('button', { name: 'Xem dạng bảng' }).click();
  await expect(page.getByTestId('incidents-table').locator('tbody tr')).toHaveCount(
    monthsOf(first, to).length,
  );
});

for (const period of ['0000', '0001-01..9999-12']) {
  test(`?period=${period} opens a working page bounded by the data’s months`, async ({ page, openApp }) => {
    const ds = pinnedDataset();
    await openApp(`/incidents?period=${period}`);
    await expect(page.getByTestId('page-title')).toContainText(ds.root.name);
    await expect(page.getByTestId('period-note').first()).toContainText(
      period === '0000' ? 'Kỳ được yêu cầu không có số liệu' : 'Đã rút về các tháng có số liệu',
    );
    // A deterministic budget: the monthly table has one row per month the data has (or the 12 of
    // the fallback), never one per month of ten thousand years.
    await page.goto(`/?period=${period}`);
    await page.getByRole('button', { name: 'Xem dạng bảng' }).click();
    await expect(page.getByTestId('incidents-table').locator('tbody tr')).toHaveCount(
      period === '0000' ? 12 : ds.months.length,
    );
    expect(await page.locator('*').count(), 'DOM size').toBeLessThan(20_000);
  });
}
