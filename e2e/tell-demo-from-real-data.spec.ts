// A demo shown at a training session must never pass for real figures: the deck, its speaker
// notes, the printed report and every downloaded table say they are demo data, because /meta says
// so. A deployment whose API says `demo: false` shows none of it.
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { reportingMessages } from '../src/i18n/messages/views/reporting';
import { expect, FIXED_NOW, test } from './support/fixtures';
import { pinnedDataset } from './support/expected';
import { routeApi } from './support/routed-api';

const ds = pinnedDataset();
const district = ds.areas.find((a) => a.level === 'district');
if (!district) throw new Error('no district');
const NOTE = reportingMessages.vi['demoNote.export'];

async function download(page: Page, button: Locator) {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return readFile(await file.path());
}

async function rankingFiles(page: Page) {
  const table = page.getByTestId('ranking-table');
  await expect(table.locator('tbody tr').first()).toBeVisible();
  const csv = (await download(page, table.getByTestId('export-table-csv'))).subarray(3).toString('utf8');
  const xlsx = unzipSync(new Uint8Array(await download(page, table.getByTestId('export-table-xlsx'))));
  return { lines: csv.split('\r\n'), xlsx };
}

test('the deck, the notes, the report and the downloads of the demo say it is demo data', async ({
  page,
  openApp,
}) => {
  await openApp('/present?slide=1');
  await expect(page.getByTestId('title-demo')).toContainText('Dữ liệu minh họa');
  await page.goto('/present?slide=1&notes=1');
  await expect(page.getByTestId('note-demo')).toContainText('Dữ liệu minh họa');
  await page.goto('/report');
  await expect(page.getByTestId('report-demo')).toContainText('Dữ liệu minh họa');

  await page.goto(`/wards?area=${district.id}`);
  const { lines, xlsx } = await rankingFiles(page);
  expect(lines.at(-1)).toBe('');
  expect(lines.at(-2), 'the CSV’s last line').toBe(NOTE);
  const noteSheet = xlsx['xl/worksheets/sheet2.xml'];
  expect(noteSheet, 'the workbook has a note sheet').toBeDefined();
  expect(strFromU8(noteSheet ?? new Uint8Array())).toContain(NOTE);
});

test('a configured API whose /meta says demo: false shows no demo label anywhere', async ({
  page,
  pageErrors,
}) => {
  void pageErrors;
  await page.clock.setFixedTime(FIXED_NOW);
  await routeApi(page, {
    transform: (req, body) =>
      req.path === '/meta' && body && typeof body === 'object' ? { ...body, demo: false } : body,
  });
  await page.goto('/present?slide=1');
  await expect(page.getByTestId('title-as-of')).toBeVisible();
  await expect(page.getByTestId('title-demo')).toHaveCount(0);
  await page.goto('/present?slide=1&notes=1');
  await expect(page.getByTestId('notes-counter')).toBeVisible();
  await expect(page.getByTestId('note-demo')).toHaveCount(0);
  await page.goto('/report');
  await expect(page.getByTestId('report-as-of')).toBeVisible();
  await expect(page.getByTestId('report-demo')).toHaveCount(0);
  await expect(page.getByTestId('demo-badge')).toHaveCount(0);

  await page.goto(`/wards?area=${district.id}`);
  await expect(page.getByTestId('demo-badge')).toHaveCount(0);
  const { lines, xlsx } = await rankingFiles(page);
  expect(lines.some((l) => l.includes('minh họa'))).toBe(false);
  expect(xlsx['xl/worksheets/sheet2.xml']).toBeUndefined();
});
