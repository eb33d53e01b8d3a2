import { formatFor, pinnedDataset } from './support/expected';
import { fold, groupsIn, pageIds, sortedBy, sortedByWardName } from './support/expected-lists';
import { expect, expectNoSeriousA11yViolations, test, tableRowIds } from './support/fixtures';

const ds = pinnedDataset();
const vi = formatFor('vi-VN');
const district = ds.areas.find((a) => a.level === 'district');
if (!district) throw new Error('no district in the mock data');

test('searching without diacritics finds the groups whose names have them', async ({ page, openApp }) => {
  const matches = sortedByWardName(
    ds,
    groupsIn(ds, ds.root.id).filter((g) => fold(g.name).includes('hoa binh')),
    false,
  );
  expect(matches.length).toBeGreaterThan(0);
  await openApp('/groups');
  await expect(page.getByTestId('groups-table-pager-range')).toBeVisible();
  await page.getByTestId('filter-q').fill('hoa binh');
  await expect(page).toHaveURL(/q=hoa\+binh/);
  await expect.poll(() => tableRowIds(page, 'groups-table')).toEqual(pageIds(matches, 1));
  await expect(page.getByTestId('groups-table-pager-range')).toContainText(vi.number(matches.length));
  for (const name of await page.getByTestId('groups-table').locator('tbody th').allTextContents()) {
    expect(name).toMatch(/Hòa Bình/i);
  }
});

test('a filtered and sorted page of the register shows exactly the rows the data implies', async ({
  page,
  openApp,
}) => {
  const active = groupsIn(ds, district.id).filter(
    (g) => g.type === 'security_order' && g.status === 'active',
  );
  const byMembers = sortedBy(active, 'members', true);
  await openApp(`/groups?area=${district.id}`);
  await page.getByTestId('filter-type').selectOption('security_order');
  await page.getByTestId('filter-status').selectOption('active');
  await page.getByTestId('groups-table').getByTestId('sort-members').click();
  await expect(page).toHaveURL(/sort=-members/);
  await page.getByTestId('groups-table-pager-next').click();
  await expect(page).toHaveURL(/page=2/);
  await expect.poll(() => tableRowIds(page, 'groups-table')).toEqual(pageIds(byMembers, 2));
  await page.reload();
  await expect(page.getByTestId('filter-type')).toHaveValue('security_order');
  await expect.poll(() => tableRowIds(page, 'groups-table')).toEqual(pageIds(byMembers, 2));
});

test('the recognised models are the provincial and national models of the area, national first', async ({
  page,
  openApp,
}) => {
  const models = groupsIn(ds, district.id).filter(
    (g) => g.recognition === 'provincial' || g.recognition === 'national',
  );
  await openApp(`/groups?area=${district.id}`);
  await expect
    .poll(() => tableRowIds(page, 'models-table'))
    .toEqual(pageIds(sortedBy(models, 'recognition', false), 1, 10));
  await expect(page.getByTestId('kpi-models-value')).toHaveText(vi.number(models.length));
});

test('the Groups view passes an accessibility scan in light and dark themes', async ({ page, openApp }) => {
  await openApp('/groups');
  await expect(page.getByTestId('kpi-active-value')).toBeVisible();
  await expect(page.getByTestId('groups-table-pager-range')).toBeVisible();
  await expect(page.locator('.recharts-wrapper').first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByTestId('theme-toggle').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expectNoSeriousA11yViolations(page, { coloursOnly: true });
});
