// A deployment whose config.json is missing, replaced by a proxy's HTML page, broken or out of
// reach must say so, naming config.json and what was wrong, and never show the demo's figures in
// its place; Retry starts the dashboard once the file is fixed.
import type { Route } from '@playwright/test';
import { expect, test } from './support/fixtures';

const failures: Array<{ name: string; answer: (route: Route) => Promise<void>; says: string }> = [
  {
    name: 'missing (404)',
    answer: (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not Found' }),
    says: 'máy chủ không có tệp config.json (HTTP 404)',
  },
  {
    name: 'an HTML page (a login page)',
    answer: (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: '<!doctype html><title>Đăng nhập</title><form>…</form>',
      }),
    says: 'máy chủ gửi một trang HTML thay vì JSON',
  },
  {
    name: 'invalid JSON',
    answer: (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: '{ "demo": true,' }),
    says: 'tệp không phải JSON hợp lệ',
  },
  {
    name: 'unreachable (network error)',
    answer: (route) => route.abort('connectionrefused'),
    says: 'không kết nối được máy chủ',
  },
];

for (const failure of failures) {
  test(`a config.json that is ${failure.name} stops the start with a page naming it, and Retry recovers`, async ({
    page,
    openApp,
  }) => {
    let broken = true;
    await page.route('**/config.json', (route) => (broken ? failure.answer(route) : route.fallback()));
    await openApp('/');

    const error = page.getByTestId('startup-error');
    await expect(error.getByRole('heading', { level: 1 })).toHaveText('Không khởi động được bảng điều hành');
    await expect(error).toContainText(`Không dùng được tệp cấu hình config.json: ${failure.says}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    // No figure at all, and certainly not the demo's.
    await expect(page.getByTestId('demo-badge')).toHaveCount(0);
    await expect(page.getByTestId('kpi-incidents-value')).toHaveCount(0);

    broken = false;
    await error.getByRole('button', { name: 'Thử lại' }).click();
    await expect(page.getByTestId('kpi-incidents-value')).toBeVisible();
    await expect(page.getByTestId('startup-error')).toHaveCount(0);
  });
}

test('the page speaks the language of the address, else the browser’s', async ({ page, openApp }) => {
  await page.route('**/config.json', (route) => route.fulfill({ status: 200, body: '{ "apiBaseUrl": 5 }' }));
  await openApp('/?lang=fr');
  const error = page.getByTestId('startup-error');
  await expect(error.getByRole('heading', { level: 1 })).toHaveText('Le tableau de bord n’a pas pu démarrer');
  await expect(error).toContainText('le champ « apiBaseUrl » est invalide');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
});
