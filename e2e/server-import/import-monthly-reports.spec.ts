// A provincial editor imports monthly incident reports through the dashboard into the reference
// server (PGlite, sign-in required): the template downloads with the Vietnamese headers, a check
// finds nothing wrong, the import goes in, and the Overview's incidents move by exactly the
// difference between the imported counts and the seeded ones, computed from the generator's data,
// never read from the screen. A file with errors is reported in Vietnamese and changes nothing.
// Runs after the `server` project (playwright.config.ts): it writes into the database they read.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { COLUMNS, KINDS } from '../../src/api/import-formats';
import { incidentCategories } from '../../src/api/schemas';
import { toCsv } from '../../src/lib/csv';
import { ACCOUNT_NAMES } from '../support/auth-accounts';
import { expectedFigures, formatFor, LAST_12 } from '../support/expected';
import { expect, expectNoSeriousA11yViolations, FIXED_NOW, test } from '../support/fixtures';
import { serverDataset } from '../support/server-dataset';
import { openServerSignedIn } from '../support/server-sign-in';
import { readSheets } from '../support/xlsx-cells';

const ds = serverDataset();
const vi = formatFor('vi-VN');

/** Three ward-months inside the Overview's default period, with the counts the file gives them. */
const reports = [
  { w: 0, month: LAST_12.to, counts: [4, 3, 1, 0, 0, 2, 1] },
  { w: 1, month: '2026-06', counts: [0, 0, 0, 0, 0, 0, 0] },
  { w: 5, month: LAST_12.from, counts: [30, 25, 6, 4, 2, 11, 3] },
].map((r) => {
  const ward = ds.wards[r.w];
  if (!ward) throw new Error(`no ward ${r.w}`);
  const m = ds.monthIndex(r.month);
  const seeded = ds.wardMonthly(r.w).incidentTotal[m] ?? 0;
  return { wardId: ward.area.id, month: r.month, counts: r.counts, seeded };
});
const delta = reports.reduce((sum, r) => sum + r.counts.reduce((a, b) => a + b, 0) - r.seeded, 0);
const seededIncidents = expectedFigures(ds, ds.root.id, LAST_12.from, LAST_12.to).incidents;

/** A CSV as a spreadsheet saves it (UTF-8 with BOM), headed by the template's Vietnamese headers. */
function csvFile(name: string, kind: keyof typeof COLUMNS, rows: readonly (readonly (string | number)[])[]) {
  const text = toCsv([COLUMNS[kind].map((c) => c.vi), ...rows]);
  return { name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') };
}

const goodFile = csvFile(
  'incidents-e2e.csv',
  'incidents',
  reports.map((r) => [r.wardId, r.month, ...r.counts]),
);

async function download(page: Page, button: Locator) {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

async function openImportPage(page: Page) {
  await page
    .getByRole('navigation', { name: 'Các trang' })
    .getByRole('link', { name: 'Nhập số liệu' })
    .click();
  await expect(page.getByTestId('page-title')).toHaveText('Nhập số liệu');
}

async function openOverview(page: Page) {
  await page.getByRole('navigation', { name: 'Các trang' }).getByRole('link', { name: 'Tổng quan' }).click();
  await expect(page.getByTestId('page-title')).toContainText(ds.root.name);
}

test.beforeEach(async ({ page }) => {
  // The pinned instant, ticking (tokens expire and renew as they would): the as-of month is pinned.
  await page.clock.install({ time: FIXED_NOW });
});

test('a viewer has no import in the navigation, and the page says it needs the editor role', async ({
  page,
  pageErrors,
}) => {
  void pageErrors;
  await openServerSignedIn(page, 'province-viewer', '/?lang=vi');
  const nav = page.getByRole('navigation', { name: 'Các trang' });
  await expect(nav.getByRole('link', { name: 'Tổng quan' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Nhập số liệu' })).toHaveCount(0);
  await page.goto('/import?lang=vi');
  await expect(page.getByTestId('import-forbidden')).toContainText(
    'Nhập số liệu cần quyền biên tập (editor)',
  );
  await expect(page.getByLabel('Tệp số liệu (CSV hoặc XLSX)')).toHaveCount(0);
});

test('the templates: a workbook of the five kinds under their Vietnamese headers with instructions, and CSVs', async ({
  page,
  pageErrors,
}) => {
  void pageErrors;
  await openServerSignedIn(page, 'province-editor', '/?lang=vi');
  await openImportPage(page);
  const xlsx = await download(page, page.getByRole('button', { name: 'Tải mẫu XLSX' }));
  expect(xlsx.name).toBe('mau-nhap-so-lieu.xlsx');
  const sheets = readSheets(new Uint8Array(xlsx.bytes));
  expect(sheets.map((s) => s.name)).toEqual([...KINDS, 'Hướng dẫn']);
  for (const kind of KINDS) {
    expect(sheets.find((s) => s.name === kind)?.rows, kind).toEqual([COLUMNS[kind].map((c) => c.vi)]);
  }
  const instructions = sheets.at(-1)?.rows ?? [];
  expect(instructions[0]?.[0]).toBe('Hướng dẫn điền sổ tính này');
  expect(instructions.find((r) => r[1] === 'incidents' && r[2] === 'month')).toEqual([
    'Báo cáo vụ việc hằng tháng',
    'incidents',
    'month',
    'Tháng',
    'bắt buộc',
    'Tháng YYYY-MM',
  ]);

  // The server reads the workbook as it downloads: every sheet and header known, the instructions read past.
  await page.getByLabel('Tệp số liệu (CSV hoặc XLSX)').setInputFiles({
    name: xlsx.name,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: xlsx.bytes,
  });
  await page.getByRole('button', { name: 'Kiểm tra' }).click();
  await expect(page.getByTestId('import-status')).toHaveText(
    'Không có lỗi, nhưng các tệp không có dòng số liệu nào: không có gì để nhập.',
  );
  await expect(page.getByRole('button', { name: 'Nhập số liệu' })).toBeDisabled();

  const csv = await download(
    page,
    page.getByRole('button', { name: 'Báo cáo vụ việc hằng tháng (incidents.csv)' }),
  );
  expect(csv.name).toBe('incidents.csv');
  expect(csv.bytes.toString('utf8')).toBe(toCsv([COLUMNS.incidents.map((c) => c.vi)]));
});

test('an editor imports monthly reports: the Overview’s incidents move by exactly the imported difference, and a bad file changes nothing', async ({
  page,
  pageErrors,
}) => {
  void pageErrors;
  expect(delta, 'the file changes the figures').not.toBe(0);
  await openServerSignedIn(page, 'province-editor', '/?lang=vi');
  await expect(page.getByTestId('account-name')).toHaveText(ACCOUNT_NAMES['province-editor']);
  await expect(page.getByTestId('kpi-incidents-value')).toHaveText(vi.number(seededIncidents));

  await openImportPage(page);
  await expect(page.getByTestId('import-limits')).toContainText('tối đa 50 tệp');
  const confirm = page.getByRole('button', { name: 'Nhập số liệu' });
  await page.getByLabel('Tệp số liệu (CSV hoặc XLSX)').setInputFiles(goodFile);
  await expect(confirm).toBeDisabled();
  await page.getByRole('button', { name: 'Kiểm tra' }).click();
  const status = page.getByTestId('import-status');
  await expect(status).toHaveText('Không có lỗi: sẽ nhập 3 dòng. Có thể nhập số liệu ngay.');
  await expect(page.getByTestId('import-checked').locator('tr[data-kind="incidents"] td')).toHaveText('3');
  await expect(page.getByTestId('import-report')).toHaveCount(0);

  await confirm.click();
  await expect(status).toHaveText('Đã nhập 3 dòng. Mọi số liệu của bảng điều hành đã được cập nhật.');
  const done = page.getByTestId('import-done');
  await expect(done.locator('tr[data-kind="incidents"] td')).toHaveText('3');
  await expect(done).toContainText(goodFile.name);
  await expect(confirm).toBeDisabled();

  // The log: this import first, by this editor, with the file's name and SHA-256.
  const sha = createHash('sha256').update(goodFile.buffer).digest('hex');
  const latest = page.getByTestId('import-log-table').locator('tbody tr').first();
  await expect(latest).toContainText(ACCOUNT_NAMES['province-editor']);
  await expect(latest).toContainText(goodFile.name);
  await expect(latest.getByTitle(`SHA-256: ${sha}`)).toHaveText(`${sha.slice(0, 12)}…`);
  await expect(latest).toContainText('Báo cáo vụ việc hằng tháng: 3');

  await openOverview(page);
  await expect(page.getByTestId('kpi-incidents-value')).toHaveText(vi.number(seededIncidents + delta));

  // An unknown ward and a day outside its month: reported in Vietnamese, nothing imported.
  const group = ds.wardGroups(0)[0];
  if (!group) throw new Error('no group in the first ward');
  const badReports = csvFile('incidents-sai.csv', 'incidents', [
    ['X-00-00', LAST_12.to, ...incidentCategories.map(() => 99)],
  ]);
  const badPatrols = csvFile('patrols-sai.csv', 'patrols', [
    ['e2e-patrol-1', group.id, group.wardId, '2026-02-30', 'night', 120, 4, 0, ''],
  ]);
  await openImportPage(page);
  await page.getByLabel('Tệp số liệu (CSV hoặc XLSX)').setInputFiles([badReports, badPatrols]);
  await page.getByRole('button', { name: 'Kiểm tra' }).click();
  await expect(status).toHaveText(/^Phát hiện \d+ lỗi: chưa nhập dữ liệu nào\.$/);
  const report = page.getByRole('table', { name: 'Các lỗi trong tệp (chưa nhập dữ liệu nào)' });
  await expect(report.getByRole('row').filter({ hasText: 'X-00-00' })).toHaveText(
    'incidents-sai.csv—không có2ward_idX-00-00Mã phường/xã không tồn tại: không có phường, xã nào trong danh mục địa bàn mang mã này.',
  );
  await expect(report.getByRole('row').filter({ hasText: '2026-02-30' })).toHaveText(
    'patrols-sai.csv—không có2date2026-02-30Ngày không có trong tháng: tháng 2026-02 chỉ có 28 ngày.',
  );
  await expect(confirm).toBeDisabled();
  // The whole page, report, templates and log included: no serious accessibility violation.
  await expectNoSeriousA11yViolations(page);

  await openOverview(page);
  await expect(page.getByTestId('kpi-incidents-value')).toHaveText(vi.number(seededIncidents + delta));
});
