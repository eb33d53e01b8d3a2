// The ranking on the reference server: one row per province of the country, ranked by incidents
// per 10,000 residents, with the figures the generator's data defines.
import { childrenOf, expectedRanking, typicalRow, viNumber } from '../support/expected-ranking';
import { expect, FIXED_NOW, test } from '../support/fixtures';
import { serverDataset } from '../support/server-dataset';
import { openServerSignedIn } from '../support/server-sign-in';

const ds = serverDataset();

test.beforeEach(async ({ page }) => {
  await page.clock.install({ time: FIXED_NOW });
});

test('the ranking lists the country’s provinces in rank order with their figures', async ({
  page,
  pageErrors,
}) => {
  void pageErrors;
  const provinces = childrenOf(ds, ds.root.id);
  const rows = expectedRanking(ds, ds.root.id);
  await openServerSignedIn(page, 'province-viewer', '/wards?lang=vi');
  const table = page.getByTestId('ranking-table');
  await expect(table.locator('tbody tr')).toHaveCount(provinces.length);
  await expect
    .poll(() =>
      table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-row-id'))),
    )
    .toEqual(rows.map((r) => r.id));
  const row = typicalRow(rows);
  const cell = (c: string) => table.locator(`tbody tr[data-row-id="${row.id}"] [data-column="${c}"]`);
  await expect(cell('name')).toHaveText(row.name);
  await expect(cell('rank')).toContainText(String(row.rank));
  await expect(cell('incidents')).toHaveText(viNumber(row.incidents));
  await expect(cell('rate')).toHaveText(viNumber(row.rate, 1));
  await expect(cell('groups')).toHaveText(viNumber(row.activeGroups));
});
