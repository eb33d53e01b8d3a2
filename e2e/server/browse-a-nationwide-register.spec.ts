// A register of the whole country on the reference server: the patrol log answers a nationwide
// page like any other (the browser mock refuses it as too broad), newest first, with the total.
import { formatFor, LAST_12 } from '../support/expected';
import { pageIds, patrolsIn, sortedBy } from '../support/expected-lists';
import { expect, FIXED_NOW, tableRowIds, test } from '../support/fixtures';
import { serverDataset } from '../support/server-dataset';
import { openServerSignedIn } from '../support/server-sign-in';

const ds = serverDataset();
const vi = formatFor('vi-VN');

test.beforeEach(async ({ page }) => {
  await page.clock.install({ time: FIXED_NOW });
});

test('the nationwide patrol log lists the country’s patrols, newest first, page by page', async ({
  page,
  pageErrors,
}) => {
  void pageErrors;
  const patrols = patrolsIn(ds, ds.root.id, LAST_12.from, LAST_12.to);
  expect(patrols.length).toBeGreaterThan(50);
  await openServerSignedIn(page, 'province-viewer', '/patrols?lang=vi');
  await expect(page.getByTestId('page-title')).toContainText(ds.root.name);
  await expect(page.getByTestId('patrols-table-pager-range')).toHaveText(
    `Dòng 1–50 trên tổng số ${vi.number(patrols.length)}`,
  );
  const newestFirst = sortedBy(patrols, 'date', true);
  await expect.poll(() => tableRowIds(page, 'patrols-table')).toEqual(pageIds(newestFirst, 1));
});
