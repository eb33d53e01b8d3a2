import { expect, expectNoSeriousA11yViolations, test } from './support/fixtures';
import { expectedFigures, formatFor, pinnedDataset, LAST_12 } from './support/expected';

const ds = pinnedDataset();
const vi = formatFor('vi-VN');

test('the Overview shows the figures the mock data implies for the province', async ({ page, openApp }) => {
  const e = expectedFigures(ds, ds.root.id, LAST_12.from, LAST_12.to);
  await openApp('/');

  await expect(page.getByTestId('page-title')).toContainText(ds.root.name);
  await expect(page.getByTestId('demo-badge')).toBeVisible();
  await expect(page.getByTestId('kpi-incidents-value')).toHaveText(vi.number(e.incidents));
  const incidentChange = (e.incidents - e.priorIncidents) / e.priorIncidents;
  await expect(page.getByTestId('kpi-incidents').getByTestId('change')).toContainText(
    `${incidentChange < 0 ? 'Giảm' : 'Tăng'} ${vi.percent(Math.abs(incidentChange))}`,
  );
  await expect(page.getByTestId('kpi-incidents').getByTestId('change')).toContainText(
    vi.number(e.priorIncidents),
  );
  await expect(page.getByTestId('kpi-mediation-rate-value')).toHaveText(vi.percent(e.resolved / e.closed));
  await expect(page.getByTestId('kpi-mediation-detail')).toContainText(
    `${vi.number(e.resolved)} trên ${vi.number(e.closed)}`,
  );
  await expect(page.getByTestId('kpi-patrols-value')).toHaveText(vi.number(e.patrols));
  await expect(page.getByTestId('kpi-active-groups-value')).toHaveText(vi.number(e.activeGroups));
  // The count says which types it counts, and how many of them are security-and-order groups.
  await expect(page.getByTestId('kpi-active-groups')).toContainText(
    'Tổ, đội tự quản đang hoạt động (mọi loại)',
  );
  await expect(page.getByTestId('kpi-security-groups')).toHaveText(
    `trong đó ${vi.number(e.securityGroups)} tổ tự quản ANTT`,
  );
  expect(e.securityGroups).toBeLessThan(e.activeGroups);
  await expect(page.getByTestId('kpi-members-value')).toHaveText(vi.number(e.members));
  await expect(page.getByTestId('kpi-coverage-value')).toHaveText(vi.percent(e.covered / e.residentialAreas));
  await expect(page.getByTestId('kpi-cameras-value')).toHaveText(vi.number(e.cameras));
  await expect(page.getByTestId('kpi-population-value')).toHaveText(vi.number(e.population));
});

test('the monthly chart data matches this period against the same months a year earlier', async ({
  page,
  openApp,
}) => {
  const e = expectedFigures(ds, ds.root.id, LAST_12.from, LAST_12.to);
  await openApp('/');
  await page.getByRole('button', { name: 'Xem dạng bảng' }).click();
  const rows = page.getByTestId('incidents-table').locator('tbody tr');
  await expect(rows).toHaveCount(12);
  for (const [i, m] of e.monthly.entries()) {
    const cells = rows.nth(i).locator('td');
    await expect(cells.nth(0)).toHaveText(vi.number(m.current));
    await expect(cells.nth(2)).toHaveText(vi.number(m.prior));
  }
});

test('the Overview passes an accessibility scan in light and dark themes', async ({ page, openApp }) => {
  await openApp('/');
  await expect(page.getByTestId('kpi-incidents-value')).toBeVisible();
  await expect(page.locator('.recharts-wrapper')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByTestId('theme-toggle').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expectNoSeriousA11yViolations(page, { coloursOnly: true });
});
