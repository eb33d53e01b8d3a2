import { expectedFigures, formatFor, LAST_12, pinnedDataset } from './support/expected';
import { viNumber } from './support/expected-ranking';
import { expect as baseExpect, expectNoSeriousA11yViolations, test } from './support/fixtures';

// The country in the older three-level tree (SPEC_SHAPE): ~10,000 wards under ~700 districts. At
// ward level the ranking lists every one of them, rendered a window at a time.
const scenario = { size: 'national' } as const;
const ds = pinnedDataset(scenario);
const vi = formatFor('vi-VN');
// The mock generates and aggregates every ward of the country in the page, for five years of
// history: a longer wait on a loaded 2-core machine, not a speed check (that is `npm run bench`).
const expect = baseExpect.configure({ timeout: 180_000 });
test.setTimeout(600_000);

const wards = ds.areas.filter((a) => a.level === 'ward');
const incidents = new Map(
  wards.map((w) => [w.id, expectedFigures(ds, w.id, LAST_12.from, LAST_12.to).incidents]),
);
const most = Math.max(...incidents.values());
const topIds = wards.filter((w) => incidents.get(w.id) === most).map((w) => w.id);
const top = wards.find((w) => w.id === topIds[0]);
if (!top) throw new Error('no ward');
/** The name filter folds case and diacritics ("dong hoa" finds "Đông Hòa"). */
const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase();

test('the country ranks every one of its wards: sorted, filtered and read by keyboard', async ({
  page,
  openApp,
}) => {
  expect(ds.root.level).toBe('country');
  expect(wards.length).toBeGreaterThan(9_000);
  await openApp('/wards', scenario);
  await expect(page.getByTestId('page-title')).toContainText(ds.root.name);
  // The choice names what the tree holds; the default lists the provinces.
  const all = page.getByTestId('ranking-depth').getByRole('radio', { name: /^Tất cả / });
  await expect(page.getByTestId('ranking-depth').getByRole('radio', { checked: true })).toHaveAccessibleName(
    /^Các đơn vị cấp dưới trực tiếp \(.*tỉnh.*\)$/,
  );
  await all.check();
  await expect(page).toHaveURL(/level=ward/);

  const table = page.getByTestId('ranking-table');
  const count = page.getByTestId('row-count');
  await expect(count).toHaveText(`Đang hiển thị ${vi.number(wards.length)} / ${vi.number(wards.length)}`);
  // Every ward is counted for assistive technology (header, rows, totals); a window is in the page.
  await expect(table.getByRole('table')).toHaveAttribute('aria-rowcount', String(wards.length + 2));
  const rendered = await table.locator('tbody tr[data-row-id]').count();
  expect(rendered).toBeGreaterThan(5);
  expect(rendered).toBeLessThan(200);

  // The most incidents first: one click on the column sorts all ~10,000, not the rows in view.
  await table.locator('thead button[data-column="incidents"]').click();
  await expect(page).toHaveURL(/sort=incidents\.desc/);
  const first = table.locator('tbody tr[data-row-id]').first();
  await expect(first).toHaveAttribute('aria-rowindex', '2');
  await expect(first.locator('[data-column="incidents"]')).toHaveText(viNumber(most));
  expect(topIds).toContain(await first.getAttribute('data-row-id'));

  // Its name finds it (and every ward whose name holds it, wherever in the country).
  const namesakes = wards.filter((w) => fold(w.name).includes(fold(top.name)));
  await page.getByLabel('Lọc theo tên').fill(top.name);
  await expect(count).toHaveText(`Đang hiển thị ${vi.number(namesakes.length)} / ${vi.number(wards.length)}`);
  await expect(table.locator(`tbody tr[data-row-id="${top.id}"] [data-column="name"]`)).toHaveText(top.name);

  // Keyboard: from the filter, Tab reaches a row's control (through the menus, the box, the headers).
  await page.getByLabel('Lọc theo tên').focus();
  let inRow = false;
  for (let i = 0; i < 40 && !inRow; i++) {
    await page.keyboard.press('Tab');
    inRow = await page.evaluate(() => document.activeElement?.closest('tbody tr[aria-rowindex]') !== null);
  }
  expect(inRow, 'a row reached by Tab').toBe(true);

  await expectNoSeriousA11yViolations(page);
});
