// The dashboard on the reference server (PostgreSQL via PGlite, sign-in required): the Overview's
// figures for the whole country and for a province equal the generator's definitions, computed
// here from its raw per-ward data, never from the screen.
import { accountRootId, ACCOUNT_NAMES } from '../support/auth-accounts';
import { expectedFigures, formatFor, LAST_12 } from '../support/expected';
import { childrenOf } from '../support/expected-ranking';
import { expect, FIXED_NOW, test } from '../support/fixtures';
import { serverDataset } from '../support/server-dataset';
import { openServerSignedIn } from '../support/server-sign-in';

const ds = serverDataset();
const vi = formatFor('vi-VN');

test.beforeEach(async ({ page }) => {
  // The pinned instant, ticking (tokens expire and renew as they would): the as-of month is pinned.
  await page.clock.install({ time: FIXED_NOW });
});

test('after signing in, the Overview shows the country’s figures and then a province’s, as the data defines them', async ({
  page,
  pageErrors,
}) => {
  void pageErrors;
  const rootId = accountRootId('province-viewer', ds.areas);
  expect(ds.root.id).toBe(rootId);
  expect(ds.root.level).toBe('country');
  await openServerSignedIn(page, 'province-viewer', '/?lang=vi');
  await expect(page.getByTestId('account-name')).toHaveText(ACCOUNT_NAMES['province-viewer']);
  // Real data from the server: the embedded mock's Web Worker is not started.
  expect(page.workers(), 'web workers of the page').toEqual([]);

  for (const area of [ds.root, childrenOf(ds, ds.root.id)[1]]) {
    if (!area) throw new Error('no province');
    if (area !== ds.root) await page.goto(`/?area=${area.id}&lang=vi`);
    const e = expectedFigures(ds, area.id, LAST_12.from, LAST_12.to);
    await expect(page.getByTestId('page-title')).toContainText(area.name);
    await expect(page.getByTestId('kpi-incidents-value')).toHaveText(vi.number(e.incidents));
    await expect(page.getByTestId('kpi-mediation-rate-value')).toHaveText(vi.percent(e.resolved / e.closed));
    await expect(page.getByTestId('kpi-patrols-value')).toHaveText(vi.number(e.patrols));
    await expect(page.getByTestId('kpi-active-groups-value')).toHaveText(vi.number(e.activeGroups));
    await expect(page.getByTestId('kpi-members-value')).toHaveText(vi.number(e.members));
    await expect(page.getByTestId('kpi-coverage-value')).toHaveText(
      vi.percent(e.covered / e.residentialAreas),
    );
    await expect(page.getByTestId('kpi-cameras-value')).toHaveText(vi.number(e.cameras));
    await expect(page.getByTestId('kpi-population-value')).toHaveText(vi.number(e.population));
  }
});
