import { expect, test } from './support/fixtures';

test('a failing endpoint shows an error with status and title in its panels only, and retry recovers', async ({
  page,
  openApp,
}) => {
  await openApp('/?lang=en', { failPaths: ['/stats/incidents'] });
  const alerts = page.getByRole('alert');
  // The incidents KPI panel and the chart panel fail; mediation, patrols and groups still show figures.
  await expect(alerts).toHaveCount(2);
  await expect(alerts.first()).toContainText('The server failed on its side (HTTP 500).');
  // The problem's detail is shown too: it is where a server says what to change.
  await expect(alerts.first()).toContainText('The server says: Internal Server Error — Injected failure');
  await expect(page.getByTestId('kpi-incidents-value')).toHaveCount(0);
  await expect(page.getByTestId('kpi-mediation-rate-value')).toBeVisible();
  await expect(page.getByTestId('kpi-patrols-value')).toBeVisible();
  await expect(page.getByTestId('kpi-active-groups-value')).toBeVisible();

  // The outage ends (the mock reads its failures per request); Retry brings the figures back.
  await page.evaluate(() => {
    const scenario = JSON.parse(localStorage.getItem('antt.mock') ?? '{}') as Record<string, unknown>;
    localStorage.setItem('antt.mock', JSON.stringify({ ...scenario, failPaths: [] }));
  });
  await alerts.first().getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByTestId('kpi-incidents-value')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('an invalid response names the field instead of showing a wrong number', async ({ page, openApp }) => {
  await openApp('/?lang=en', { corruptPaths: ['/stats/mediation'] });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('invalid data in field');
  await expect(alert).toContainText('items[0]');
  await expect(page.getByTestId('kpi-mediation-rate-value')).toHaveCount(0);
  await expect(page.getByTestId('kpi-incidents-value')).toBeVisible();
});
