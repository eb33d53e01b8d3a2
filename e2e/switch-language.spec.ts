import { AS_OF, expect, test } from './support/fixtures';
import { addMonths, expectedFigures, formatFor, pinnedDataset } from './support/expected';

const ds = pinnedDataset();
const e = expectedFigures(ds, ds.root.id, addMonths(AS_OF, -11), AS_OF);

test('the language switch translates the page and formats numbers per locale', async ({ page, openApp }) => {
  await openApp('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Tổng quan');
  await expect(page.getByTestId('kpi-population-value')).toHaveText(formatFor('vi-VN').number(e.population));

  await page.getByTestId('language-select').selectOption('en');
  await expect(page).toHaveURL(/lang=en/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Overview');
  await expect(page.getByRole('link', { name: 'Mediation' })).toBeVisible();
  await expect(page.getByTestId('kpi-population-value')).toHaveText(formatFor('en-GB').number(e.population));
  await expect(page.getByTestId('kpi-mediation-rate-value')).toHaveText(
    formatFor('en-GB').percent(e.resolved / e.closed),
  );
  await expect(page.getByTestId('as-of')).toHaveText('Data up to the end of October 2026');

  await page.getByTestId('language-select').selectOption('fr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Vue d’ensemble');
  await expect(page.getByTestId('kpi-population-value')).toHaveText(formatFor('fr-FR').number(e.population));
  await expect(page.getByTestId('kpi-mediation-rate-value')).toHaveText(
    formatFor('fr-FR').percent(e.resolved / e.closed),
  );
});
