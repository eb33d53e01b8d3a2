import { AS_OF, expect, test } from './support/fixtures';
import { addMonths, expectedFigures, formatFor, pinnedDataset } from './support/expected';

const ds = pinnedDataset();
const vi = formatFor('vi-VN');

// The city ward with the 190 cameras the movement's reporting cites: a ward everyone recognises.
const ward = ds.areas.find((a) => a.level === 'ward' && a.cameras === 190);
if (!ward) throw new Error('the mock data has no ward with 190 cameras');
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

test('choosing a ward in the area selector (typed without diacritics) shows its figures', async ({
  page,
  openApp,
}) => {
  const e = expectedFigures(ds, ward.id, addMonths(AS_OF, -11), AS_OF);
  await openApp('/');
  await expect(page.getByTestId('kpi-incidents-value')).toBeVisible();

  const input = page.getByRole('combobox', { name: 'Địa bàn' });
  await input.click();
  await input.fill(fold(ward.name).toLowerCase());
  await page
    .getByRole('option', { name: new RegExp(`^${ward.name}`) })
    .first()
    .click();

  await expect(page).toHaveURL(new RegExp(`area=${ward.id}`));
  await expect(page.getByTestId('page-title')).toContainText(ward.name);
  await expect(page.getByTestId('kpi-incidents-value')).toHaveText(vi.number(e.incidents));
  await expect(page.getByTestId('kpi-cameras-value')).toHaveText('190');
  await expect(page.getByTestId('kpi-active-groups-value')).toHaveText(vi.number(e.activeGroups));
  await expect(page.getByTestId('kpi-mediation-rate-value')).toHaveText(
    e.closed ? vi.percent(e.resolved / e.closed) : '—',
  );
});

test('the area selector works from the keyboard', async ({ page, openApp }) => {
  await openApp('/');
  const input = page.getByRole('combobox', { name: 'Địa bàn' });
  await input.focus();
  await input.fill(fold(ward.name));
  await input.press('ArrowDown');
  await input.press('ArrowUp');
  await input.press('Enter');
  await expect(page.getByTestId('page-title')).toContainText(ward.name);
});

test('choosing a calendar year and a custom range changes the figures', async ({ page, openApp }) => {
  const year = Number(AS_OF.slice(0, 4)) - 1;
  const e = expectedFigures(ds, ds.root.id, `${year}-01`, `${year}-12`);
  await openApp('/');
  await page.getByTestId('period-select').selectOption(String(year));
  await expect(page).toHaveURL(new RegExp(`period=${year}`));
  await expect(page.getByTestId('kpi-incidents-value')).toHaveText(vi.number(e.incidents));
  await expect(page.getByTestId('kpi-patrols-value')).toHaveText(vi.number(e.patrols));

  const custom = expectedFigures(ds, ds.root.id, `${year}-03`, `${year}-05`);
  await page.getByTestId('period-select').selectOption('range');
  await page.getByTestId('period-from').fill(`${year}-03`);
  await page.getByTestId('period-to').fill(`${year}-05`);
  await page.getByRole('button', { name: 'Áp dụng' }).click();
  await expect(page.getByTestId('kpi-incidents-value')).toHaveText(vi.number(custom.incidents));
  await expect(page.getByTestId('kpi-mediation-rate-value')).toHaveText(
    vi.percent(custom.resolved / custom.closed),
  );
});

test('only full calendar years inside the data are offered', async ({ page, openApp }) => {
  await openApp('/');
  const options = page.getByTestId('period-select').locator('option');
  const asOfYear = Number(AS_OF.slice(0, 4));
  const firstYear = Number(ds.months[0]?.slice(0, 4)) + (ds.months[0]?.endsWith('-01') ? 0 : 1);
  const expectedYears: string[] = [];
  for (let y = AS_OF.endsWith('-12') ? asOfYear : asOfYear - 1; y >= firstYear; y--)
    expectedYears.push(String(y));
  await expect(options).toHaveCount(3 + expectedYears.length);
  const values = await options.evaluateAll((els) => els.map((el) => (el as HTMLOptionElement).value));
  expect(values).toEqual(['ytd', '12m', ...expectedYears, 'range']);

  // The earliest year has no data a year before it: no change is claimed ("New", "down 100 %").
  const earliest = expectedYears.at(-1);
  if (!earliest) throw new Error('the data covers no full calendar year');
  await page.getByTestId('period-select').selectOption(earliest);
  await expect(page.getByTestId('kpi-incidents').getByTestId('change')).toContainText(
    'Chưa có số liệu cùng kỳ năm trước',
  );
  await expect(page.getByTestId('kpi-incidents').getByTestId('change')).toHaveAttribute(
    'data-tone',
    'neutral',
  );
  // The year after it compares with a year inside the data: an ordinary change again.
  await page.getByTestId('period-select').selectOption(String(Number(earliest) + 1));
  await expect(page.getByTestId('kpi-incidents').getByTestId('change')).not.toContainText(
    'Chưa có số liệu cùng kỳ năm trước',
  );
});
