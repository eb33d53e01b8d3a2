// An official sorts a register by "Phường, xã" to find a ward: the rows come in the order of the
// ward's name as Vietnamese writes it (a < ă < â, d < đ), not by internal id. The expected order is
// computed from the generator's records and tree (sortedByWardName), not read off the screen.
import { LAST_12, pinnedDataset } from './support/expected';
import { casesIn, groupsIn, pageIds, patrolsIn, sortedByWardName } from './support/expected-lists';
import { expect, tableRowIds, test } from './support/fixtures';

// Today's default data set; the patrol log is sorted within a district of the older tree (a
// province's whole log is longer than the mock lists in one query).
const today = { shape: 'default' } as const;
const ds = pinnedDataset(today);
const older = pinnedDataset();
const district = older.areas.find((a) => a.level === 'district');
if (!district) throw new Error('no district in the older tree');
const wardName = new Map([...ds.wards, ...older.wards].map((w) => [w.area.id, w.area.name]));
const names = <T extends { wardId: string }>(rows: readonly T[]) =>
  rows.map((r) => wardName.get(r.wardId) ?? '');

test('the group register lists groups by ward name by default, and the other way on a click', async ({
  page,
  openApp,
}) => {
  const groups = groupsIn(ds, ds.root.id);
  const ascending = sortedByWardName(ds, groups, false);
  // The data set has wards whose names a code-point sort would misplace (Đ after D).
  expect(names(ascending)).not.toEqual([...names(ascending)].sort());
  await openApp('/groups', today);
  const table = page.getByTestId('groups-table');
  await expect(table.getByRole('columnheader', { name: /Phường, xã/ })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  await expect.poll(() => tableRowIds(page, 'groups-table')).toEqual(pageIds(ascending, 1));
  await table.getByTestId('sort-wardName').click();
  await expect(page).toHaveURL(/sort=-wardName/);
  const descending = sortedByWardName(ds, groups, true);
  await expect.poll(() => tableRowIds(page, 'groups-table')).toEqual(pageIds(descending, 1));
});

test('the patrol log sorted by "Phường, xã" shows the wards in Vietnamese order, page by page', async ({
  page,
  openApp,
}) => {
  const expected = sortedByWardName(older, patrolsIn(older, district.id, LAST_12.from, LAST_12.to), false);
  await openApp(`/patrols?area=${district.id}`);
  await page.getByTestId('patrols-table').getByTestId('sort-wardName').click();
  await expect(page).toHaveURL(/sort=wardName/);
  await expect.poll(() => tableRowIds(page, 'patrols-table')).toEqual(pageIds(expected, 1));
  await page.getByRole('button', { name: /Trang sau/ }).click();
  await expect.poll(() => tableRowIds(page, 'patrols-table')).toEqual(pageIds(expected, 2));
});

test('the case register sorted by "Phường, xã" descending, straight from the link', async ({
  page,
  openApp,
}) => {
  const expected = sortedByWardName(ds, casesIn(ds, ds.root.id, LAST_12.from, LAST_12.to), true);
  await openApp('/mediation?sort=-wardName', today);
  await expect.poll(() => tableRowIds(page, 'cases-table')).toEqual(pageIds(expected, 1));
  // Each row shows the ward it was sorted by.
  for (const c of expected.slice(0, 5)) {
    await expect(page.locator(`[data-row-id="${c.id}"]`)).toContainText(wardName.get(c.wardId) ?? '?');
  }
});
