import { readFile } from 'node:fs/promises';
import { expect, expectNoSeriousA11yViolations, test } from './support/fixtures';
import { pinnedDataset } from './support/expected';
import {
  childrenOf,
  expectedRanking,
  LAST_12,
  typicalRow,
  viNumber,
  viPercent,
} from './support/expected-ranking';
import { reportingMessages } from '../src/i18n/messages/views/reporting';

const ds = pinnedDataset();
// The district with the most wards: the busiest ranking a district officer would open.
const district = ds.areas
  .filter((a) => a.level === 'district')
  .sort((a, b) => childrenOf(ds, b.id).length - childrenOf(ds, a.id).length)[0];
if (!district) throw new Error('no district');
const rows = expectedRanking(ds, district.id);
const ward = typicalRow(rows);
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
const parseVi = (s: string) => Number(s.replace(/\./g, '').replace(',', '.'));

const table = (page: import('@playwright/test').Page) => page.getByTestId('ranking-table');
const rowOf = (page: import('@playwright/test').Page, id: string) =>
  table(page).locator(`tbody tr[data-row-id="${id}"]`);

test('a ward’s row in its district’s ranking equals the figures of the data', async ({ page, openApp }) => {
  await openApp('/wards');
  const input = page.getByRole('combobox', { name: 'Địa bàn' });
  await input.click();
  await input.fill(fold(district.name).toLowerCase());
  await page
    .getByRole('option', { name: new RegExp(`^${district.name}`) })
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`area=${district.id}`));
  await expect(page.getByTestId('page-title')).toContainText(district.name);

  const row = rowOf(page, ward.id);
  const cell = (c: string) => row.locator(`[data-column="${c}"]`);
  await expect(cell('name')).toHaveText(ward.name);
  await expect(cell('rank')).toContainText(String(ward.rank));
  await expect(cell('incidents')).toHaveText(viNumber(ward.incidents));
  await expect(cell('prior')).toHaveText(viNumber(ward.priorIncidents));
  const change = ward.change ?? 0;
  await expect(cell('change')).toContainText(
    `${change < 0 ? 'Giảm' : 'Tăng'} ${viPercent(Math.abs(change))}`,
  );
  await expect(cell('rate')).toHaveText(viNumber(ward.rate, 1));
  await expect(cell('mediation')).toContainText(viPercent(ward.resolved / ward.closed));
  await expect(cell('mediation')).toContainText(`${viNumber(ward.resolved)} / ${viNumber(ward.closed)}`);
  const met = ward.resolved / ward.closed >= 0.8;
  const verdict = cell('mediation').locator('[data-figure="target-verdict"]');
  await expect(verdict).toHaveAttribute('data-met', String(met));
  await expect(verdict).toContainText(met ? 'Đạt chỉ tiêu' : 'Chưa đạt chỉ tiêu');
  await expect(cell('patrols')).toHaveText(viNumber(ward.patrolsPerMonth, 1));
  await expect(cell('groups')).toHaveText(viNumber(ward.activeGroups));
  await expect(cell('members')).toHaveText(viNumber(ward.members));
  await expect(cell('coverage')).toContainText(viPercent(ward.covered / ward.residentialAreas));
  await expect(cell('coverage')).toContainText(
    `${viNumber(ward.covered)} trên ${viNumber(ward.residentialAreas)} khu dân cư`,
  );
  await expect(cell('cameras')).toHaveText(viNumber(ward.cameras));

  // Rows stand in rank order: fewest incidents per 10,000 residents first.
  await expect(table(page).locator('tbody tr')).toHaveCount(rows.length);
  expect(
    await table(page)
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-row-id'))),
  ).toEqual(rows.map((r) => r.id));
  // The totals row is the district itself.
  const totals = rows.reduce((s, r) => s + r.incidents, 0);
  await expect(table(page).locator('tfoot [data-column="incidents"]')).toHaveText(viNumber(totals));
  await expect(page.getByTestId('page-period')).toContainText('tháng 11 năm 2025');
});

test('sorting by a numeric column orders the rows numerically', async ({ page, openApp }) => {
  await openApp(`/wards?area=${district.id}`);
  await expect(table(page).locator('tbody tr')).toHaveCount(rows.length);
  const header = table(page).getByRole('columnheader', { name: /Vụ việc \/ 10\.000 dân/ });
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  await expect(page).toHaveURL(/sort=rate\.desc/);
  const shown = await table(page)
    .locator('tbody [data-column="rate"]')
    .evaluateAll((cells) => cells.map((c) => c.textContent ?? ''));
  const expected = [...rows].sort((a, b) => b.rate - a.rate).map((r) => viNumber(r.rate, 1));
  expect(shown).toEqual(expected);
  expect(shown.map(parseVi)).toEqual([...shown.map(parseVi)].sort((a, b) => b - a));

  await page.getByRole('button', { name: 'Dân số' }).click();
  await page.getByRole('button', { name: 'Dân số' }).click();
  await expect(page).toHaveURL(/sort=population\.asc/);
  const pops = await table(page)
    .locator('tbody [data-column="population"]')
    .evaluateAll((cells) => cells.map((c) => c.textContent ?? ''));
  expect(pops).toEqual(
    [...rows].sort((a, b) => a.population - b.population).map((r) => viNumber(r.population)),
  );
});

test('the name filter finds names typed without diacritics', async ({ page, openApp }) => {
  await openApp(`/wards?area=${district.id}`);
  await expect(table(page).locator('tbody tr')).toHaveCount(rows.length);
  const query = fold(ward.name).toLowerCase().split(' ').slice(1).join(' ');
  const matching = rows.filter((r) => fold(r.name).toLowerCase().includes(query));
  await page.getByLabel('Lọc theo tên').fill(query);
  await expect(table(page).locator('tbody tr')).toHaveCount(matching.length);
  await expect(rowOf(page, ward.id)).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(query).replace(/%20/g, '(\\+|%20)')}`));
  await expect(page.getByTestId('row-count')).toContainText(`${matching.length} / ${rows.length}`);
});

test('a hidden column stays hidden after a reload', async ({ page, openApp }) => {
  await openApp(`/wards?area=${district.id}`);
  await expect(table(page).getByRole('columnheader', { name: 'Camera' })).toBeVisible();
  await page.getByTestId('column-menu').locator('summary').click();
  await page.getByRole('checkbox', { name: 'Camera' }).uncheck();
  await expect(page).toHaveURL(/cols=cameras/);
  await expect(table(page).getByRole('columnheader', { name: 'Camera' })).toHaveCount(0);
  await page.reload();
  await expect(rowOf(page, ward.id)).toBeVisible();
  await expect(table(page).getByRole('columnheader', { name: 'Camera' })).toHaveCount(0);
  await expect(table(page).getByRole('columnheader', { name: 'Dân số' })).toBeVisible();
});

test('the CSV download has a byte-order mark and the ward’s figures as plain numbers', async ({
  page,
  openApp,
}) => {
  await openApp(`/wards?area=${district.id}`);
  await expect(rowOf(page, ward.id)).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    table(page).getByTestId('export-table-csv').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(
    new RegExp(
      `^xep-hang_${fold(district.name).replace(/ /g, '-')}_${LAST_12.from}\\.\\.${LAST_12.to}\\.csv$`,
    ),
  );
  const bytes = await readFile(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString('utf8').split('\r\n');
  const header = (lines[0] ?? '').split(',');
  const line = lines.find((l) => l.split(',')[header.indexOf('Tên')] === ward.name);
  expect(line, `a CSV line for ${ward.name}`).toBeDefined();
  const fields = (line ?? '').split(',');
  const at = (label: string) => fields[header.indexOf(label)];
  expect(at('Hạng')).toBe(String(ward.rank));
  expect(at('Vụ việc')).toBe(String(ward.incidents));
  expect(at('Cùng kỳ năm trước')).toBe(String(ward.priorIncidents));
  expect(Number(at('Vụ việc / 10.000 dân'))).toBeCloseTo(ward.rate, 9);
  expect(at('Hòa giải thành')).toBe(String(ward.resolved / ward.closed));
  expect(at('Vụ đã kết thúc')).toBe(String(ward.closed));
  expect(at('Tổ đang hoạt động (mọi loại)')).toBe(String(ward.activeGroups));
  // Verdicts as 1/0 under a header that says so; the usual-range verdict in words of the file's language.
  expect(['0', '1', '']).toContain(at('Đạt chỉ tiêu giảm (1/0)'));
  expect([
    'trong mức thông thường',
    'cao hơn mức thông thường',
    'thấp hơn mức thông thường',
    'chưa đủ số liệu',
  ]).toContain(at('Tháng gần nhất so với mức thông thường'));
  // One line per ward, a header, the district's totals, the demo note (and the final CRLF).
  expect(lines).toHaveLength(rows.length + 4);
  expect(lines.at(-2)).toBe(reportingMessages.vi['demoNote.export']);
});

test('the ranking passes an accessibility scan', async ({ page, openApp }) => {
  await openApp(`/wards?area=${district.id}`);
  await expect(rowOf(page, ward.id)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByTestId('column-menu').locator('summary').click();
  await page.getByTestId('targets-settings').locator('summary').click();
  await expectNoSeriousA11yViolations(page);
});
