// An official opens one district, and before its figures arrive (a slow API) picks another. The
// first district's answer, arriving late, must never replace the second's figures.
import { AS_OF, expect, test } from './support/fixtures';
import { addMonths, expectedFigures, formatFor, pinnedDataset } from './support/expected';
import { routeApi } from './support/routed-api';

const ds = pinnedDataset();
const vi = formatFor('vi-VN');
const [first, second] = ds.areas.filter((a) => a.parentId === ds.root.id);
if (!first || !second) throw new Error('the pinned data set needs two districts');
const from = addMonths(AS_OF, -11);

test('a late answer for the district left behind never overwrites the chosen one’s figures', async ({
  page,
  openApp,
}) => {
  const expectedFirst = expectedFigures(ds, first.id, from, AS_OF);
  const expectedSecond = expectedFigures(ds, second.id, from, AS_OF);
  // Two districts the test can tell apart by their figures.
  expect(expectedFirst.incidents).not.toBe(expectedSecond.incidents);

  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  let delivered = 0;
  await routeApi(page, {
    answer: async (req) => {
      if (req.path !== '/stats/incidents' || req.url.searchParams.get('areaId') !== first.id)
        return undefined;
      await held; // until the test lets it go, after the switch
      delivered++;
      return undefined; // then the handlers' (correct, but stale) answer
    },
  });
  const aborted: string[] = [];
  page.on('requestfailed', (r) => {
    if (r.url().includes(`areaId=${first.id}`) && r.url().includes('/stats/incidents')) aborted.push(r.url());
  });

  await openApp(`/?area=${first.id}`);
  await expect(page.getByTestId('page-title')).toContainText(first.name);
  await expect(page.getByTestId('kpi-incidents-value')).toHaveCount(0);

  const input = page.getByRole('combobox', { name: 'Địa bàn' });
  await input.click();
  await input.fill(second.name);
  await page
    .getByRole('option', { name: new RegExp(`^${second.name}`) })
    .first()
    .click();
  await expect(page.getByTestId('page-title')).toContainText(second.name);
  await expect(page.getByTestId('kpi-incidents-value')).toHaveText(vi.number(expectedSecond.incidents));

  // The first district's answers now arrive (or find their request already aborted).
  release();
  await expect.poll(() => delivered).toBeGreaterThan(0);
  // The superseded requests were aborted by the app, so the late answers had nowhere to land.
  await expect.poll(() => aborted.length).toBeGreaterThan(0);
  await expect(page.getByTestId('page-title')).toContainText(second.name);
  await expect(page.getByTestId('kpi-incidents-value')).toHaveText(vi.number(expectedSecond.incidents));
  await expect(page.getByTestId('kpi-incidents-value')).not.toHaveText(vi.number(expectedFirst.incidents));
});
