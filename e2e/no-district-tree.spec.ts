import { expect, test } from './support/fixtures';
import { pinnedDataset } from './support/expected';
import { childrenOf, expectedRanking, typicalRow, viNumber, viPercent } from './support/expected-ranking';

const scenario = { shape: 'no-districts' as const };
const ds = pinnedDataset(scenario);
const rows = expectedRanking(ds, ds.root.id);
const ward = typicalRow(rows);

test('without a district level, the province’s ranking lists its wards directly', async ({
  page,
  openApp,
}) => {
  expect(childrenOf(ds, ds.root.id).every((a) => a.level === 'ward')).toBe(true);
  await openApp('/wards', scenario);
  await expect(
    page.getByRole('heading', {
      level: 2,
      name: `Các xã, phường, thị trấn thuộc ${ds.root.name}, xếp theo số vụ việc trên 10.000 dân`,
    }),
  ).toBeVisible();
  const table = page.getByTestId('ranking-table');
  await expect(table.locator('tbody tr')).toHaveCount(rows.length);

  const row = table.locator(`tbody tr[data-row-id="${ward.id}"]`);
  const cell = (c: string) => row.locator(`[data-column="${c}"]`);
  await expect(cell('name')).toHaveText(ward.name);
  await expect(cell('parent')).toHaveText(ds.root.name);
  await expect(cell('rank')).toContainText(String(ward.rank));
  await expect(cell('incidents')).toHaveText(viNumber(ward.incidents));
  await expect(cell('prior')).toHaveText(viNumber(ward.priorIncidents));
  await expect(cell('rate')).toHaveText(viNumber(ward.rate, 1));
  await expect(cell('mediation')).toContainText(`${viNumber(ward.resolved)} / ${viNumber(ward.closed)}`);
  await expect(cell('mediation')).toContainText(viPercent(ward.resolved / ward.closed));
  await expect(cell('groups')).toHaveText(viNumber(ward.activeGroups));
  await expect(cell('coverage')).toContainText(
    `${viNumber(ward.covered)} trên ${viNumber(ward.residentialAreas)} khu dân cư`,
  );
  const totals = rows.reduce((s, r) => s + r.incidents, 0);
  await expect(table.locator('tfoot [data-column="incidents"]')).toHaveText(viNumber(totals));

  // Rank 1 is the ward with the fewest incidents per 10,000 residents.
  await expect(table.locator('tbody tr').first()).toHaveAttribute('data-row-id', rows[0]?.id ?? '');
});
