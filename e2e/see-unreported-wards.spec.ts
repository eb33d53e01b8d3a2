// A steering committee reviews a month in which one ward has not sent its report: every figure
// over that month says so (how many wards reported, which did not), its changes are not coloured
// as a trend, and the ranking, the deck, the speaker notes and the report carry the same warning.
// The unreported ward-month has no incident data in the generator, as an API would have none.
import { readFile } from 'node:fs/promises';
import { expect, test, AS_OF } from './support/fixtures';
import { readSheet } from './support/xlsx-cells';
import { expectedFigures, formatFor, LAST_12, pinnedDataset } from './support/expected';

const base = pinnedDataset();
const district = base.areas.find((a) => a.level === 'district');
if (!district) throw new Error('no district');
const ward = base.areas.find((a) => a.level === 'ward' && a.parentId === district.id);
if (!ward) throw new Error('no ward');
const scenario = { unreported: [{ wardId: ward.id, month: AS_OF }] };
const ds = pinnedDataset(scenario);
const wardsIn = (id: string) =>
  ds.areas.filter(
    (a) =>
      a.level === 'ward' &&
      (a.parentId === id || ds.areas.some((d) => d.id === a.parentId && d.parentId === id)),
  ).length;
const vi = formatFor('vi-VN');
const viMonth = new Intl.DateTimeFormat('vi-VN', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
  new Date(`${AS_OF}-01T00:00:00Z`),
);
const gapText = (id: string) =>
  `${vi.number(wardsIn(id) - 1)}/${vi.number(wardsIn(id))} phường, xã đã báo cáo ${viMonth}`;

test('the Overview says how many wards reported the month, lists the missing one and does not colour the change', async ({
  page,
  openApp,
}) => {
  const e = expectedFigures(ds, ds.root.id, LAST_12.from, LAST_12.to);
  await openApp('/', scenario);
  await expect(page.getByTestId('kpi-incidents-value')).toHaveText(vi.number(e.incidents));
  const note = page.getByTestId('reporting-note');
  await expect(note.getByTestId('reporting-gap')).toHaveText([gapText(ds.root.id)]);
  await expect(note).toContainText('tháng chưa báo cáo được tính là 0');
  await note.getByText('Phường, xã chưa báo cáo').click();
  await expect(note.getByTestId('reporting-wards')).toContainText(ward.name);

  const change = page.getByTestId('kpi-incidents').getByTestId('change');
  await expect(change).toHaveAttribute('data-tone', 'smallNumbers');
  await expect(change.getByTestId('change-incomplete')).toHaveText('báo cáo chưa đủ');
});

test('when the reporting check fails, the Overview says its figures may count unreported months, and Retry checks again', async ({
  page,
  openApp,
}) => {
  await openApp('/', { ...scenario, failPaths: ['/stats/reporting'], failTimes: 1 });
  await expect(page.getByTestId('kpi-incidents-value')).toBeVisible();
  const failed = page.getByTestId('reporting-failed');
  await expect(failed).toContainText('Không kiểm tra được phường, xã nào đã báo cáo');
  await expect(failed).toContainText('500');
  await failed.getByRole('button', { name: 'Thử lại' }).click();
  await expect(failed).toHaveCount(0);
  await expect(page.getByTestId('reporting-note').getByTestId('reporting-gap')).toHaveText([
    gapText(ds.root.id),
  ]);
});

test('every ward reported: no note, and the change keeps its colour', async ({ page, openApp }) => {
  await openApp('/');
  await expect(page.getByTestId('kpi-incidents-value')).toBeVisible();
  await expect(page.getByTestId('kpi-incidents').getByTestId('change')).not.toHaveAttribute(
    'data-tone',
    'smallNumbers',
  );
  await expect(page.getByTestId('reporting-note')).toHaveCount(0);
  await expect(page.getByTestId('change-incomplete')).toHaveCount(0);
});

test('the ranking marks the ward that did not report, and only it', async ({ page, openApp }) => {
  await openApp(`/wards?area=${district.id}`, scenario);
  const table = page.getByTestId('ranking-table');
  await expect(
    table.locator(`tbody tr[data-row-id="${ward.id}"]`).getByTestId('change-incomplete'),
  ).toBeVisible();
  await expect(table.locator('tbody').getByTestId('change-incomplete')).toHaveCount(1);

  // The downloaded ranking says the same, in a column of its own: 1 for that ward only.
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    table.getByTestId('export-table-xlsx').click(),
  ]);
  const { rows } = readSheet(new Uint8Array(await readFile(await file.path())));
  const header = rows[0] ?? [];
  const nameAt = header.findIndex((c) => c?.value === 'Tên');
  const flagAt = header.findIndex((c) => c?.value === 'Có tháng thiếu báo cáo (1/0)');
  expect(flagAt).toBeGreaterThan(-1);
  const flagged = rows
    .slice(1)
    .filter((r) => r[flagAt]?.value === 1)
    .map((r) => r[nameAt]?.value);
  // The ward, and the district's totals row, which adds it up.
  expect(flagged).toHaveLength(2);
  expect(flagged).toContain(ward.name);
});

test('the deck, the speaker notes and the report carry the warning', async ({ page, openApp }) => {
  await openApp(`/present?slide=2&area=${district.id}`, scenario);
  await expect(page.getByTestId('deck-incidents')).toBeVisible();
  await expect(page.getByTestId('reporting-gap')).toHaveText([gapText(district.id)]);
  await expect(page.getByTestId('deck-incidents').getByTestId('change-incomplete')).toBeVisible();

  await page.goto(`/present?slide=2&notes=1&area=${district.id}`);
  await expect(page.getByTestId('note-reporting')).toContainText(gapText(district.id));
  await expect(page.getByTestId('note-incidents')).toContainText('báo cáo chưa đủ');

  await page.goto(`/report?area=${district.id}`);
  await expect(page.getByTestId('reporting-gap')).toHaveText([gapText(district.id)]);
  await expect(page.getByTestId('report-kpi-incidents').getByTestId('change-incomplete')).toBeVisible();
});
