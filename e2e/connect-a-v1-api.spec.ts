// A deployment's API: v1.1 gives every figure from a stats endpoint and names in the rows; a v1 API
// (no byCategory, no day/night split, no groupName) gets names through /groups?ids= for the page on
// screen and "not provided" panels, never list paging for a figure. Requests are counted.
import type { Page } from '@playwright/test';
import { mediationCategories, mediationOutcomes } from '../src/api/schemas';
import { formatFor, LAST_12, pinnedDataset } from './support/expected';
import { casesIn, groupsIn, pageIds, patrolsIn, sortedBy } from './support/expected-lists';
import { expect, tableRowIds, test } from './support/fixtures';
import { routeApi, type RoutedApi } from './support/routed-api';

const ds = pinnedDataset();
const vi = formatFor('vi-VN');
const district = ds.areas.find((a) => a.level === 'district');
if (!district) throw new Error('no district in the mock data');
const groupName = new Map(groupsIn(ds, district.id).map((g) => [g.id, g.name]));
const cases = sortedBy(casesIn(ds, district.id, LAST_12.from, LAST_12.to), 'receivedOn', true);

/** The list requests made so far, with their query: none may be a count (pageSize=1) for a figure. */
function listRequests(api: RoutedApi, path: string): string[] {
  return api.requests.filter((r) => r.path === path).map((r) => r.url.search);
}

async function expectFirstCaseTeams(page: Page) {
  await expect.poll(() => tableRowIds(page, 'cases-table')).toEqual(pageIds(cases, 1));
  const first = cases[0];
  if (!first) throw new Error('no case');
  const name = groupName.get(first.groupId) ?? '';
  expect(name).not.toBe('');
  await expect(page.locator(`[data-row-id="${first.id}"]`)).toContainText(name);
  await expect(page.locator('[data-group-name="unknown"]')).toHaveCount(0);
}

test('v1.1: outcomes by category and the day/night share come from the stats, names from the rows', async ({
  page,
  openApp,
}) => {
  const api = await routeApi(page);
  await openApp(`/mediation?area=${district.id}`);
  const table = page.getByTestId('category-table');
  for (const [i, category] of mediationCategories.entries()) {
    const mine = cases.filter((c) => c.category === category);
    const cells = table.locator('tbody tr').nth(i).locator('td');
    await expect(cells.nth(0)).toHaveText(vi.number(mine.length));
    for (const [o, outcome] of mediationOutcomes.entries())
      await expect(cells.nth(o + 1)).toHaveText(vi.number(mine.filter((c) => c.outcome === outcome).length));
  }
  await expectFirstCaseTeams(page);
  // One page of cases for the register, nothing else: no list paging for a figure, no name lookup.
  expect(listRequests(api, '/mediation-cases')).toHaveLength(1);
  expect(listRequests(api, '/mediation-cases')[0]).not.toMatch(/pageSize=1\b/);
  expect(api.count('/groups')).toBe(0);

  await page.getByRole('link', { name: 'Tuần tra' }).first().click();
  await expect(page.getByTestId('shift-day-value')).toBeVisible();
  const patrols = patrolsIn(ds, district.id, LAST_12.from, LAST_12.to);
  const night = patrols.filter((p) => p.shift === 'night').length;
  await expect(page.getByTestId('shift-night-detail')).toHaveText(
    `${vi.number(night)} / ${vi.number(patrols.length)}`,
  );
  expect(listRequests(api, '/patrols')).toHaveLength(1);
  expect(api.count('/groups')).toBe(0);
});

test('rows without groupName: names through /groups?ids= for the page, "not provided" split figures', async ({
  page,
  openApp,
}) => {
  // v1 rows and stats (the v1.1 fields taken out) from an API that answers /groups?ids=.
  const api = await routeApi(page, { transform: (req, body) => stripV11(req.path, body) });
  await openApp(`/mediation?area=${district.id}`);
  await expect(page.getByTestId('category-panel')).toHaveCount(0);
  await expect(
    page.getByText('Máy chủ dữ liệu này không cung cấp kết quả hòa giải theo loại vụ việc.'),
  ).toBeVisible();
  await expectFirstCaseTeams(page);
  const lookups = api.requests.filter((r) => r.path === '/groups');
  expect(lookups).toHaveLength(1);
  const ids = (lookups[0]?.url.searchParams.get('ids') ?? '').split(',');
  expect(ids.sort()).toEqual([...new Set(cases.slice(0, 50).map((c) => c.groupId))].sort());
  expect(listRequests(api, '/mediation-cases')).toHaveLength(1);

  // The next page: one more lookup, for its own groups.
  await page.getByTestId('cases-table-pager-next').click();
  await expect.poll(() => tableRowIds(page, 'cases-table')).toEqual(pageIds(cases, 2));
  await expect(page.locator('[data-group-name="unknown"]')).toHaveCount(0);
  expect(api.count('/groups')).toBe(2);

  await page.getByRole('link', { name: 'Tuần tra' }).first().click();
  await expect(
    page.getByText('Máy chủ dữ liệu này không cung cấp số cuộc tuần tra theo ca ngày / đêm.'),
  ).toBeVisible();
  await expect(page.getByTestId('shift-day-value')).toHaveCount(0);
  await expect(page.getByTestId('kpi-patrols-value')).toBeVisible();
  // The log's page only: no shift=day / shift=night counting.
  expect(listRequests(api, '/patrols').every((q) => !/shift=/.test(q))).toBe(true);
  expect(listRequests(api, '/patrols')).toHaveLength(1);
});

test("apiVersion '1': the category and day/night panels say the API does not provide them", async ({
  page,
  openApp,
}) => {
  const api = await routeApi(page, { scenario: { apiVersion: '1' } });
  await openApp(`/mediation?area=${district.id}`);
  await expect(
    page.getByText('Máy chủ dữ liệu này không cung cấp kết quả hòa giải theo loại vụ việc.'),
  ).toBeVisible();
  await expect(
    page.getByTestId('kpi-received-value').or(page.getByTestId('rate-panel')).first(),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Tuần tra' }).first().click();
  await expect(
    page.getByText('Máy chủ dữ liệu này không cung cấp số cuộc tuần tra theo ca ngày / đêm.'),
  ).toBeVisible();
  expect(listRequests(api, '/mediation-cases').every((q) => !/pageSize=1\b/.test(q))).toBe(true);
  expect(listRequests(api, '/patrols').every((q) => !/shift=/.test(q))).toBe(true);
});

/** A v1 body: the v1.1 fields taken out (the handlers still honour `ids`). */
function stripV11(path: string, body: unknown): unknown {
  const drop: Record<string, string[]> = {
    '/stats/mediation': ['byCategory'],
    '/stats/patrols': ['dayPatrols', 'nightPatrols'],
    '/patrols': ['groupName'],
    '/mediation-cases': ['groupName'],
  };
  const fields = drop[path];
  if (
    !fields ||
    typeof body !== 'object' ||
    body === null ||
    !('items' in body) ||
    !Array.isArray(body.items)
  )
    return body;
  return {
    ...body,
    items: body.items.map((item: unknown) =>
      typeof item === 'object' && item !== null
        ? Object.fromEntries(Object.entries(item).filter(([k]) => !fields.includes(k)))
        : item,
    ),
  };
}
