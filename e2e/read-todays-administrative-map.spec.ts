// An official reads the dashboard on today's map (since 1 July 2025: no district level; the
// province administers communes, wards and special zones directly), in the words officials write:
// each unit named for its type, months as "T1/2026", one term per concept, and a change that rounds
// to zero shown as no change. Expectations come from the generator (pinnedDataset).
import type { Area } from '../src/api/schemas';
import { expect, expectNoSeriousA11yViolations, test } from './support/fixtures';
import { addMonths, expectedFigures, pinnedDataset } from './support/expected';

const today = { shape: 'default' } as const;
const ds = pinnedDataset(today);
const older = pinnedDataset();
const children = (d: typeof ds, id: string) => d.areas.filter((a) => a.parentId === id);
const prefix = (a: Area) => (a.name.startsWith('Đặc khu') ? 'Đặc khu' : (a.name.split(' ')[0] ?? ''));
const unitOf: Record<string, string> = { Phường: 'Phường', Xã: 'Xã', 'Đặc khu': 'Đặc khu' };

test('names every level as Vietnamese administration does, on today’s tree', async ({ page, openApp }) => {
  const root = ds.root;
  const units = children(ds, root.id);
  // Today's province: communes, wards and one special zone directly under it (no district level).
  expect(units.every((a) => a.level === 'ward')).toBe(true);
  expect(new Set(units.map(prefix))).toEqual(new Set(['Phường', 'Xã', 'Đặc khu']));

  await openApp('/wards', today);
  await expect(page.getByTestId('page-period')).toContainText(/^Tỉnh · /);
  // The first load generates the province in the page: generous on a loaded machine.
  await expect(
    page.getByRole('heading', { level: 2, name: `Các xã, phường, đặc khu thuộc ${root.name}`, exact: false }),
  ).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('ranking-table').locator('tbody tr')).toHaveCount(units.length);
  const text = (await page.locator('main').innerText()).toLocaleLowerCase('vi');
  expect(text).not.toContain('quận, huyện');
  expect(text).not.toContain('huyện');

  // A unit merged in 2025 says what it was formed from, and when; each unit says its own type.
  const merged = units.find((a) => (a.formerNames?.length ?? 0) > 1 && prefix(a) === 'Xã');
  const zone = units.find((a) => prefix(a) === 'Đặc khu');
  if (!merged?.formerNames || !zone)
    throw new Error('the generator has no merged commune or no special zone');
  await openApp(`/area?area=${merged.id}`, today);
  await expect(page.getByTestId('page-period')).toContainText(/^Xã · /);
  const former = page.getByTestId('former-names');
  await expect(former).toContainText('01/07/2025');
  for (const name of merged.formerNames) await expect(former).toContainText(name);
  await expectNoSeriousA11yViolations(page);

  await openApp(`/area?area=${zone.id}`, today);
  await expect(page.getByTestId('page-period')).toContainText(new RegExp(`^${unitOf['Đặc khu']} · `));
});

test('names the levels of the older three-level tree too', async ({ page, openApp }) => {
  const districts = children(older, older.root.id);
  expect(districts.every((a) => a.level === 'district')).toBe(true);
  await openApp('/wards');
  // A province's districts before the reform: rural districts, towns and cities, never "quận".
  await expect(
    page.getByRole('heading', {
      level: 2,
      name: `Các huyện, thị xã, thành phố thuộc ${older.root.name}`,
      exact: false,
    }),
  ).toBeVisible();
  const city = districts.find((a) => a.name.startsWith('Thành phố'));
  if (!city) throw new Error('the older tree has no city');
  const kinds = new Set(children(older, city.id).map(prefix));
  const listed = ['Xã', 'Phường', 'Thị trấn']
    .filter((k) => kinds.has(k))
    .map((k) => k.toLocaleLowerCase('vi'));
  await openApp(`/wards?area=${city.id}`);
  await expect(page.getByTestId('page-period')).toContainText(/^Thành phố thuộc tỉnh · /);
  await expect(
    page.getByRole('heading', {
      level: 2,
      name: `Các ${listed.join(', ')} thuộc ${city.name}`,
      exact: false,
    }),
  ).toBeVisible();
});

test('writes months as T1/2026 and one term per concept on views, deck and report', async ({
  page,
  openApp,
}) => {
  await openApp('/', today);
  const months = page.getByTestId('incidents-table').getByRole('rowheader');
  await expect(months.first()).toHaveText(/^T\d{1,2}\/20\d\d$/, { timeout: 60_000 });
  const texts = await months.allInnerTexts();
  expect(texts.length).toBe(12);
  for (const m of texts) expect(m).toMatch(/^T([1-9]|1[0-2])\/20\d\d$/);

  // "Referred": chuyển cơ quan chức năng everywhere, never "có thẩm quyền".
  const term = /chuyển cơ quan chức năng/i;
  await openApp('/mediation', today);
  await expect(page.locator('main')).toContainText(term);
  await openApp('/present?slide=6', today);
  await expect(page.locator('main, [role="main"], body').first()).toContainText(term);
  await openApp('/report', today);
  await expect(page.getByTestId('report')).toHaveAttribute('data-report-ready', 'true', { timeout: 60_000 });
  await expect(page.getByTestId('report')).toContainText(term);
  for (const path of ['/mediation', '/report']) {
    await openApp(path, today);
    await expect(page.locator('body')).not.toContainText(/có thẩm quyền|thg \d/);
  }
});

test('shows a change that rounds to zero as no change, not as a fall', async ({ page, openApp }) => {
  // The first period (3, 6 or 12 months) whose local mediation resolution rate moved by less than
  // the 0.1 point shown, at the province level: found in the generator's data, not on screen.
  const root = ds.root.id;
  let found: { from: string; to: string; points: number } | undefined;
  for (let i = ds.months.length - 1; i >= 24 && !found; i--) {
    for (const len of [3, 6, 12]) {
      const to = ds.months[i] as string;
      const from = addMonths(to, -(len - 1));
      const f = expectedFigures(ds, root, from, to);
      const points = (f.resolved / f.closed - f.priorResolved / f.priorClosed) * 100;
      if (points !== 0 && Math.abs(points) < 0.05) {
        found = { from, to, points };
        break;
      }
    }
  }
  if (!found) throw new Error('no period with a change that rounds to zero');
  await openApp(`/?period=${found.from}..${found.to}`, today);
  const kpi = page.getByTestId('kpi-mediation-rate').getByTestId('points');
  await expect(kpi).toHaveAttribute('data-tone', 'neutral');
  await expect(kpi).toContainText('■');
  await expect(kpi).not.toContainText(/[▲▼]/);
});
