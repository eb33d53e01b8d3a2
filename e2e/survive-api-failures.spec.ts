import { expect, test } from './support/fixtures';

test('a failing endpoint shows an error with status and title in its panels only, and retry recovers', async ({
  page,
  openApp,
}) => {
  // The incident stats fail for the first 3 requests: the query's own retries use them up.
  await openApp('/?lang=en', { failPaths: ['/stats/incidents'], failTimes: 3 });
  const alerts = page.getByRole('alert');
  await expect(alerts.first()).toContainText('HTTP 500: Internal Server Error');
  // Incidents KPI and chart panels fail; mediation, patrols and groups still show their figures.
  await expect(page.getByTestId('kpi-incidents-value')).toHaveCount(0);
  await expect(page.getByTestId('kpi-mediation-rate-value')).toBeVisible();
  await expect(page.getByTestId('kpi-patrols-value')).toBeVisible();
  await expect(page.getByTestId('kpi-active-groups-value')).toBeVisible();

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
