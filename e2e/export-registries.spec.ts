// Handing a register to someone with a spreadsheet: a district officer filters the case register,
// the group register or the patrol log and downloads EVERY matching row (not just the page on
// screen) as CSV or XLSX, or cancels a large export. The files are checked from their bytes
// against the rows the generator implies, in the table's order.
import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { pinnedDataset, LAST_12 } from './support/expected';
import { numberCell, parseCsv, readXlsx, textCell } from './support/expected-exports';
import { casesIn, groupsIn, patrolsIn, sortedBy, sortedByWardName } from './support/expected-lists';
import { expect, expectNoSeriousA11yViolations, test } from './support/fixtures';

const ds = pinnedDataset();
const district = ds.areas.find((a) => a.level === 'district');
if (!district) throw new Error('no district in the mock data');
const ward = ds.areas.find((a) => a.level === 'ward' && a.parentId === district.id);
if (!ward) throw new Error('no ward in the district');
const areaNames = new Map(ds.areas.map((a) => [a.id, a.name]));

async function exportAll(page: Page, register: string, format: 'CSV' | 'Excel (XLSX)') {
  const button = page.getByRole('button', {
    name: `Tải toàn bộ các dòng của ${register} dưới dạng ${format}`,
  });
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { file, bytes: await readFile(await file.path()) };
}

async function expectAllRowsCount(page: Page, total: number) {
  await expect(page.getByTestId('export-all')).toContainText(
    `Toàn bộ ${new Intl.NumberFormat('vi-VN').format(total)} dòng khớp bộ lọc`,
  );
}

test('every referred case of a district downloads as CSV and XLSX, newest first, with ward names', async ({
  page,
  openApp,
}) => {
  const referred = casesIn(ds, district.id, LAST_12.from, LAST_12.to).filter((c) => c.outcome === 'referred');
  const expected = sortedBy(referred, 'receivedOn', true);
  expect(expected.length).toBeGreaterThan(50);
  const teamNames = new Map(groupsIn(ds, district.id).map((g) => [g.id, g.name]));
  expect(expected.every((c) => teamNames.has(c.groupId))).toBe(true);
  await openApp(`/mediation?area=${district.id}&outcome=referred`);
  await expectAllRowsCount(page, expected.length);

  const csv = await exportAll(page, 'Sổ theo dõi vụ việc', 'CSV');
  expect(csv.file.suggestedFilename()).toBe(
    `${district.name.replace(/\s+/g, '-')}_${LAST_12.from}_${LAST_12.to}_Sổ-theo-dõi-vụ-việc.csv`,
  );
  const { bom, rows, note } = parseCsv(csv.bytes);
  expect(bom).toBe(true);
  expect(note, 'the demo note on the last line').not.toBeNull();
  expect(rows[0]).toEqual([
    'Mã vụ việc',
    'Ngày tiếp nhận',
    'Ngày kết thúc',
    'Phường, xã',
    'Tổ hòa giải',
    'Loại vụ việc',
    'Kết quả',
  ]);
  expect(rows).toHaveLength(expected.length + 1);
  expect(rows.slice(1).map((r) => r[0])).toEqual(expected.map((c) => c.id));
  expected.forEach((c, i) => {
    // Dates as YYYY-MM-DD; wards and mediation teams by name, as the table shows them.
    expect(rows[i + 1]).toEqual([
      c.id,
      c.receivedOn,
      c.closedOn ?? '',
      areaNames.get(c.wardId),
      teamNames.get(c.groupId),
      expect.any(String),
      'Chuyển cơ quan chức năng',
    ]);
  });
  await expect(
    page.getByText(`Đã tải ${new Intl.NumberFormat('vi-VN').format(expected.length)} dòng.`),
  ).toBeVisible();

  const xlsx = await exportAll(page, 'Sổ theo dõi vụ việc', 'Excel (XLSX)');
  expect(xlsx.file.suggestedFilename()).toMatch(/_Sổ-theo-dõi-vụ-việc\.xlsx$/);
  const book = readXlsx(new Uint8Array(xlsx.bytes));
  expect(book.sheetName).toBe('Sổ theo dõi vụ việc');
  expect(book.rowCount).toBe(expected.length + 1);
  const first = expected[0];
  if (!first) throw new Error('no case');
  expect(book.sheet).toContain(textCell('B2', first.receivedOn));
});

test('every fire-safety group of the province downloads, members as numeric XLSX cells', async ({
  page,
  openApp,
}) => {
  const fire = groupsIn(ds, ds.root.id).filter((g) => g.type === 'fire_prevention');
  const expected = sortedByWardName(ds, fire, false);
  expect(expected.length).toBeGreaterThan(50);
  await openApp('/groups?type=fire_prevention');
  await expectAllRowsCount(page, expected.length);

  const csv = await exportAll(page, 'Danh sách tổ tự quản', 'CSV');
  const { bom, rows } = parseCsv(csv.bytes);
  expect(bom).toBe(true);
  expect(rows[0]?.slice(0, 7)).toEqual([
    'Mã tổ',
    'Tên tổ',
    'Loại mô hình',
    'Phường, xã',
    'Khu dân cư',
    'Ngày thành lập',
    'Thành viên',
  ]);
  expect(rows).toHaveLength(expected.length + 1);
  expected.forEach((g, i) => {
    const row = rows[i + 1];
    expect(row?.slice(0, 7)).toEqual([
      g.id,
      g.name,
      'Liên gia an toàn PCCC',
      areaNames.get(g.wardId),
      g.residentialArea,
      g.establishedOn,
      String(g.members),
    ]);
  });

  const xlsx = await exportAll(page, 'Danh sách tổ tự quản', 'Excel (XLSX)');
  const book = readXlsx(new Uint8Array(xlsx.bytes));
  expect(book.rowCount).toBe(expected.length + 1);
  expected.forEach((g, i) => {
    expect(book.sheet).toContain(numberCell(`G${i + 2}`, g.members));
    expect(book.sheet).toContain(textCell(`F${i + 2}`, g.establishedOn));
  });
});

test('a ward’s night patrols download with group names and numeric minutes, participants and findings', async ({
  page,
  openApp,
}) => {
  const groupNames = new Map(groupsIn(ds, ward.id).map((g) => [g.id, g.name]));
  const night = patrolsIn(ds, ward.id, LAST_12.from, LAST_12.to).filter((p) => p.shift === 'night');
  const expected = sortedBy(night, 'date', true);
  await openApp(`/patrols?area=${ward.id}&shift=night`);
  await expectAllRowsCount(page, expected.length);
  // The group names the table shows come with the ward's groups.
  await expect(page.getByTestId('filter-group').locator('option')).toHaveCount(groupNames.size + 1);

  const csv = await exportAll(page, 'Sổ tuần tra', 'CSV');
  const { rows } = parseCsv(csv.bytes);
  expect(rows).toHaveLength(expected.length + 1);
  expected.forEach((p, i) => {
    expect(rows[i + 1]?.slice(0, 5)).toEqual([p.id, p.date, 'Ban đêm', ward.name, groupNames.get(p.groupId)]);
  });

  const xlsx = await exportAll(page, 'Sổ tuần tra', 'Excel (XLSX)');
  const book = readXlsx(new Uint8Array(xlsx.bytes));
  expect(book.rowCount).toBe(expected.length + 1);
  expected.forEach((p, i) => {
    expect(book.sheet).toContain(numberCell(`F${i + 2}`, p.durationMinutes));
    expect(book.sheet).toContain(numberCell(`G${i + 2}`, p.participants));
    expect(book.sheet).toContain(numberCell(`H${i + 2}`, p.findings));
  });
});

test('Cancel stops the export of a year of the province’s patrols: no file, focus back', async ({
  page,
  openApp,
}) => {
  const total = patrolsIn(ds, ds.root.id, LAST_12.from, LAST_12.to).length;
  // Each page takes a while, as a real API's would: the export is still running when cancelled.
  await openApp('/patrols', { latencyMs: 150 });
  await expectAllRowsCount(page, total);
  const downloads: Download[] = [];
  page.on('download', (d) => downloads.push(d));

  const csvButton = page.getByRole('button', { name: 'Tải toàn bộ các dòng của Sổ tuần tra dưới dạng CSV' });
  await csvButton.click();
  const bar = page.getByRole('progressbar', { name: 'Đang xuất Sổ tuần tra' });
  await expect(bar).toHaveAttribute('aria-valuemax', String(total));
  await expect(bar).toHaveAttribute('aria-valuenow', /^[1-9]/);
  const cancel = page.getByRole('button', { name: 'Hủy xuất Sổ tuần tra' });
  await expect(cancel).toBeFocused();
  await expectNoSeriousA11yViolations(page);
  await cancel.click();

  await expect(page.getByText('Đã hủy xuất dữ liệu.')).toBeVisible();
  await expect(bar).toBeHidden();
  await expect(csvButton).toBeFocused();
  await page.waitForTimeout(1000);
  expect(downloads).toEqual([]);
});
