import { expectedFigures, formatFor, pinnedDataset, LAST_12 } from './support/expected';
import { pageIds, patrolsIn, sortedBy } from './support/expected-lists';
import { childrenOf, expectedRanking, typicalRow, viNumber } from './support/expected-ranking';
import { expect as baseExpect, tableRowIds, test } from './support/fixtures';

// The root may be the whole country (the API contract allows it): today's, 34 provinces and cities
// administering ~3,300 communes, wards and special zones directly.
const scenario = { size: 'national', shape: 'default' } as const;
const ds = pinnedDataset(scenario);
const vi = formatFor('vi-VN');
// The mock generates and aggregates ~3,300 units in the page: on a loaded 2-core CI machine the
// first figures took over 15 s once, and the groups' over 60 s. A longer wait, not a speed check
// (speed is measured by `npm run bench`).
const expect = baseExpect.configure({ timeout: 120_000 });
test.setTimeout(300_000);

test('with the country as the root, the Overview shows the national figures of the data', async ({
  page,
  openApp,
}) => {
  expect(ds.root.level).toBe('country');
  const e = expectedFigures(ds, ds.root.id, LAST_12.from, LAST_12.to);
  await openApp('/', scenario);
  await expect(page.getByTestId('page-title')).toContainText(ds.root.name);
  await expect(page.getByTestId('kpi-incidents-value')).toHaveText(vi.number(e.incidents));
  await expect(page.getByTestId('kpi-mediation-rate-value')).toHaveText(vi.percent(e.resolved / e.closed));
  await expect(page.getByTestId('kpi-patrols-value')).toHaveText(vi.number(e.patrols));
  await expect(page.getByTestId('kpi-active-groups-value')).toHaveText(vi.number(e.activeGroups));
  await expect(page.getByTestId('kpi-population-value')).toHaveText(vi.number(e.population));
});

test('the national ranking lists the provinces with their figures', async ({ page, openApp }) => {
  const provinces = childrenOf(ds, ds.root.id);
  expect(provinces.every((a) => a.level === 'province')).toBe(true);
  const rows = expectedRanking(ds, ds.root.id);
  const province = typicalRow(rows);
  await openApp('/wards', scenario);
  // Provinces and centrally-run cities, named as such.
  await expect(
    page.getByRole('heading', { level: 2, name: `Các tỉnh, thành phố thuộc ${ds.root.name}`, exact: false }),
  ).toBeVisible();
  const table = page.getByTestId('ranking-table');
  await expect(table.locator('tbody tr')).toHaveCount(provinces.length);
  const row = table.locator(`tbody tr[data-row-id="${province.id}"]`);
  const cell = (c: string) => row.locator(`[data-column="${c}"]`);
  await expect(cell('name')).toHaveText(province.name);
  await expect(cell('rank')).toContainText(String(province.rank));
  await expect(cell('incidents')).toHaveText(viNumber(province.incidents));
  await expect(cell('rate')).toHaveText(viNumber(province.rate, 1));
  await expect(cell('groups')).toHaveText(viNumber(province.activeGroups));
});

test('a nationwide patrol log says, translated, what to narrow, and picking a province lists its patrols', async ({
  page,
  openApp,
}) => {
  await openApp('/patrols', scenario);
  // The API refuses a list this broad (code queryTooBroad): no English detail and no Retry, which
  // could not help, but the pick of a province, one level below the country.
  const refusal = page.getByTestId('patrols-table-too-broad');
  await expect(refusal).toContainText(`Sổ này quá dài để liệt kê cho toàn bộ ${ds.root.name}.`);
  await expect(refusal).toContainText('Chọn một tỉnh, thành phố để xem sổ của địa bàn đó.');
  await expect(refusal).not.toContainText('Query too broad');
  await expect(refusal.getByRole('button', { name: 'Thử lại' })).toHaveCount(0);
  const provinces = childrenOf(ds, ds.root.id);
  const picker = refusal.getByRole('combobox', { name: 'Tỉnh, thành phố' });
  await expect(picker.locator('option')).toHaveCount(provinces.length);

  const province = provinces[1];
  if (!province) throw new Error('no province');
  await picker.selectOption(province.id);
  await refusal.getByRole('button', { name: 'Xem' }).click();
  await expect(page).toHaveURL(new RegExp(`area=${province.id}`));
  await expect(page.getByTestId('page-title')).toContainText(province.name);
  const patrols = patrolsIn(ds, province.id, LAST_12.from, LAST_12.to);
  await expect(page.getByTestId('patrols-table-pager-range')).toHaveText(
    `Dòng 1–50 trên tổng số ${vi.number(patrols.length)}`,
  );
  const newestFirst = sortedBy(patrols, 'date', true);
  await expect.poll(() => tableRowIds(page, 'patrols-table')).toEqual(pageIds(newestFirst, 1));
});
