// A district officer takes the ranking and the Compare view's key figures into a spreadsheet: the
// same table downloads as CSV (UTF-8 with a byte-order mark) and as XLSX with numbers as numeric
// cells and rates as fractions in a percent format. Expected values come from the generator.
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { expectedFigures, pinnedDataset } from './support/expected';
import { childrenOf, expectedRanking, LAST_12, typicalRow } from './support/expected-ranking';
import { byHeader, readSheet, type SheetCell } from './support/xlsx-cells';
import { reportingMessages } from '../src/i18n/messages/views/reporting';

const ds = pinnedDataset();
const district = ds.areas
  .filter((a) => a.level === 'district')
  .sort((a, b) => childrenOf(ds, b.id).length - childrenOf(ds, a.id).length)[0];
if (!district) throw new Error('no district');
const ranking = expectedRanking(ds, district.id);
const ward = typicalRow(ranking);
const compared = childrenOf(ds, district.id).slice(0, 3);
const PERCENT_STYLE = 2;

async function download(page: Page, button: Locator) {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

function expectNumber(cell: SheetCell | undefined, value: number, what: string) {
  expect(cell?.type, `${what} is a numeric cell`).toBe('n');
  expect(cell?.value, what).toBeCloseTo(value, 9);
}

function expectPercent(cell: SheetCell | undefined, fraction: number, what: string) {
  expectNumber(cell, fraction, what);
  expect(cell?.style, `${what} has the percent format`).toBe(PERCENT_STYLE);
}

test('the ranking downloads as XLSX with the ward’s figures as numbers', async ({ page, openApp }) => {
  await openApp(`/wards?area=${district.id}`);
  const table = page.getByTestId('ranking-table');
  await expect(table.locator(`tbody tr[data-row-id="${ward.id}"]`)).toBeVisible();
  const file = await download(page, table.getByTestId('export-table-xlsx'));
  expect(file.name).toMatch(new RegExp(`_${LAST_12.from}\\.\\.${LAST_12.to}\\.xlsx$`));
  const { rows, styles } = readSheet(new Uint8Array(file.bytes));
  // The app's third cell style is Excel's built-in "0.00%".
  expect(styles).toMatch(/<cellXfs count="3">(?:<xf [^>]*\/>){2}<xf numFmtId="10"/);
  // A header, one row per ward, the district's totals.
  expect(rows).toHaveLength(ranking.length + 2);
  const row = rows.find((r) => r[rows[0]?.findIndex((c) => c?.value === 'Tên') ?? -1]?.value === ward.name);
  if (!row) throw new Error(`no row for ${ward.name}`);
  const at = byHeader(rows, row);
  expectNumber(at('Hạng'), ward.rank, 'rank');
  expectNumber(at('Dân số'), ward.population, 'population');
  expectNumber(at('Vụ việc'), ward.incidents, 'incidents');
  expectNumber(at('Cùng kỳ năm trước'), ward.priorIncidents, 'prior incidents');
  if (ward.change !== null) expectPercent(at('Thay đổi'), ward.change, 'change');
  expectNumber(at('Vụ việc / 10.000 dân'), ward.rate, 'incidents per 10,000');
  expectPercent(at('Hòa giải thành'), ward.resolved / ward.closed, 'mediation rate');
  expectNumber(at('Số vụ hòa giải thành'), ward.resolved, 'resolved cases');
  expectNumber(at('Vụ đã kết thúc'), ward.closed, 'closed cases');
  expectNumber(at('Lượt tuần tra / tháng'), ward.patrolsPerMonth, 'patrols per month');
  expectNumber(at('Tổ đang hoạt động (mọi loại)'), ward.activeGroups, 'active groups');
  expectPercent(at('Độ phủ'), ward.covered / ward.residentialAreas, 'coverage');
  expectNumber(at('Khu dân cư có tổ'), ward.covered, 'covered residential areas');
  expectNumber(at('Tổng số khu dân cư'), ward.residentialAreas, 'residential areas');
});

test('the Compare view’s key figures download as CSV and XLSX, one row per area', async ({
  page,
  openApp,
}) => {
  await openApp(`/compare?areas=${compared.map((w) => w.id).join(',')}`);
  await expect(page.getByTestId('compare-table').getByRole('columnheader')).toHaveCount(compared.length + 1);
  const caption = 'Các chỉ số chính đặt cạnh nhau';
  const button = (format: string) =>
    page.getByRole('button', { name: `Tải bảng ${caption} dưới dạng ${format}` });

  const csv = await download(page, button('CSV'));
  expect(csv.name).toBe(`so-sanh_${LAST_12.from}..${LAST_12.to}.csv`);
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = csv.bytes.subarray(3).toString('utf8').split('\r\n');
  // Header, the areas, the demo note and the final line break.
  expect(lines).toHaveLength(compared.length + 3);
  expect(lines.at(-2)).toBe(reportingMessages.vi['demoNote.export']);
  const header = (lines[0] ?? '').split(',');

  const xlsx = await download(page, button('Excel (XLSX)'));
  expect(xlsx.name).toBe(`so-sanh_${LAST_12.from}..${LAST_12.to}.xlsx`);
  const { rows } = readSheet(new Uint8Array(xlsx.bytes));
  expect(rows).toHaveLength(compared.length + 1);
  expect(rows[0]?.map((c) => c?.value)).toEqual(header);

  compared.forEach((w, i) => {
    const e = expectedFigures(ds, w.id, LAST_12.from, LAST_12.to);
    // CSV: plain numbers, rates as raw fractions. Names are checked in the XLSX (a CSV field
    // could be quoted).
    const fields = (lines[i + 1] ?? '').split(',');
    const csvAt = (label: string) => fields[header.indexOf(label)];
    expect(csvAt('Vụ việc')).toBe(String(e.incidents));
    expect(csvAt('Cùng kỳ năm trước')).toBe(String(e.priorIncidents));
    expect(Number(csvAt('Vụ việc / 10.000 dân'))).toBeCloseTo((e.incidents / e.population) * 10_000, 9);
    if (e.closed > 0) expect(csvAt('Hòa giải thành')).toBe(String(e.resolved / e.closed));
    expect(csvAt('Số vụ hòa giải thành')).toBe(String(e.resolved));
    expect(csvAt('Vụ đã kết thúc')).toBe(String(e.closed));
    expect(csvAt('Tổ đang hoạt động (mọi loại)')).toBe(String(e.activeGroups));

    const row = rows[i + 1] ?? [];
    const at = byHeader(rows, row);
    expect(at('Tên')?.value).toBe(w.name);
    expect(at('Đơn vị cấp trên')?.value).toBe(district.name);
    expectNumber(at('Dân số'), e.population, `${w.name} population`);
    expectNumber(at('Vụ việc'), e.incidents, `${w.name} incidents`);
    expectNumber(at('Cùng kỳ năm trước'), e.priorIncidents, `${w.name} prior`);
    if (e.closed > 0) expectPercent(at('Hòa giải thành'), e.resolved / e.closed, `${w.name} mediation rate`);
    expectNumber(at('Số vụ hòa giải thành'), e.resolved, `${w.name} resolved`);
    expectNumber(at('Vụ đã kết thúc'), e.closed, `${w.name} closed`);
    expectNumber(at('Lượt tuần tra / tháng'), e.patrols / 12, `${w.name} patrols per month`);
    expectNumber(at('Tổ đang hoạt động (mọi loại)'), e.activeGroups, `${w.name} active groups`);
    expectNumber(at('Thành viên'), e.members, `${w.name} members`);
    expectPercent(at('Độ phủ'), e.covered / e.residentialAreas, `${w.name} coverage`);
    expectNumber(at('Camera'), e.cameras, `${w.name} cameras`);
  });
});
