// An officer downloads the ranking and a register for a spreadsheet while the API holds names that
// a spreadsheet would run as formulas (`=HYPERLINK(…)`, `+1`, `-2`, `@SUM(A1)`, a tab-led name).
// Read back from the downloaded files: every such name is text — prefixed with an apostrophe in
// CSV, an inline string (never a formula) in XLSX — while the figures stay numbers.
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import type { Area, Group } from '../src/api/schemas';
import { expect, test } from './support/fixtures';
import { pinnedDataset } from './support/expected';
import { parseCsv } from './support/expected-exports';
import { childrenOf, expectedRanking } from './support/expected-ranking';
import { groupsIn } from './support/expected-lists';
import { routeApi } from './support/routed-api';
import { byHeader, readSheet } from './support/xlsx-cells';

const ds = pinnedDataset();
const district = ds.areas
  .filter((a) => a.level === 'district')
  .sort((a, b) => childrenOf(ds, b.id).length - childrenOf(ds, a.id).length)[0];
if (!district) throw new Error('no district');
const wards = childrenOf(ds, district.id);
const HOSTILE = ['=HYPERLINK("http://x","y")', '+1', '-2', '@SUM(A1)', '\tTab'];
if (wards.length < HOSTILE.length) throw new Error('too few wards in the district');
/** The hostile name of each renamed ward, and what the app shows of it (a leading tab is removed). */
const renamed = new Map(wards.slice(0, HOSTILE.length).map((w, i) => [w.id, HOSTILE[i] ?? '']));
const shown = (name: string) => name.replace(/^\t/, '');
const ranking = expectedRanking(ds, district.id);

async function download(page: Page, button: Locator) {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return new Uint8Array(await readFile(await file.path()));
}

function serveHostileNames(page: Page) {
  return routeApi(page, {
    transform: (req, body) => {
      if (req.path === '/areas') {
        const items = (body as { items: Area[] }).items;
        return { items: items.map((a) => ({ ...a, name: renamed.get(a.id) ?? a.name })) };
      }
      if (req.path === '/groups') {
        const page = body as { items: Group[] };
        return {
          ...page,
          items: page.items.map((g, i) => (i < HOSTILE.length ? { ...g, name: HOSTILE[i] ?? g.name } : g)),
        };
      }
      return body;
    },
  });
}

test('the ranking downloads hostile ward names as text and its figures as numbers', async ({
  page,
  openApp,
}) => {
  await serveHostileNames(page);
  await openApp(`/wards?area=${district.id}`);
  const table = page.getByTestId('ranking-table');
  await expect(table.locator('tbody tr')).toHaveCount(ranking.length);
  // On screen the names read as they are (nothing evaluated, nothing hidden).
  await expect(table).toContainText('=HYPERLINK("http://x","y")');

  const csv = parseCsv(await download(page, table.getByTestId('export-table-csv')));
  const header = csv.rows[0] ?? [];
  const nameAt = header.indexOf('Tên');
  const incidentsAt = header.indexOf('Vụ việc');
  expect(nameAt).toBeGreaterThanOrEqual(0);
  for (const [id, name] of renamed) {
    const expected = ranking.find((r) => r.id === id);
    if (!expected) throw new Error(`no ranking row for ${id}`);
    const row = csv.rows.find((r) => r[nameAt] === `'${shown(name)}` || r[nameAt] === shown(name));
    if (!row) throw new Error(`no CSV row for ${JSON.stringify(name)}`);
    // A name a spreadsheet would run gets the apostrophe; the tab-led one lost its tab at the boundary.
    expect(row[nameAt]).toBe(/^[=+\-@]/.test(shown(name)) ? `'${shown(name)}` : shown(name));
    expect(row[incidentsAt]).toBe(String(expected.incidents));
  }
  expect(csv.rows.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell) && !/^-\d/.test(cell))).toEqual([]);

  const { rows } = readSheet(await download(page, table.getByTestId('export-table-xlsx')));
  for (const [id, name] of renamed) {
    const expected = ranking.find((r) => r.id === id);
    const row = rows.find((r) => r[nameAt]?.value === shown(name));
    if (!row || !expected) throw new Error(`no XLSX row for ${JSON.stringify(name)}`);
    const at = byHeader(rows, row);
    expect(at('Tên')?.type, `${name} is a string cell`).toBe('inlineStr');
    expect(at('Vụ việc')).toMatchObject({ type: 'n', value: expected.incidents });
  }
});

test('the group register downloads hostile group names as text in CSV and XLSX', async ({
  page,
  openApp,
}) => {
  await serveHostileNames(page);
  const total = groupsIn(ds, ds.root.id).length;
  await openApp('/groups');
  await expect(page.getByTestId('export-all')).toContainText(new Intl.NumberFormat('vi-VN').format(total));
  const button = (format: string) =>
    page.getByRole('button', { name: `Tải toàn bộ các dòng của Danh sách tổ tự quản dưới dạng ${format}` });

  const csv = parseCsv(await download(page, button('CSV')));
  const names = csv.rows.map((r) => r[1]);
  for (const name of HOSTILE.map(shown)) {
    expect(names).toContain(/^[=+\-@]/.test(name) ? `'${name}` : name);
  }
  const xlsx = readSheet(await download(page, button('Excel (XLSX)')));
  for (const name of HOSTILE.map(shown)) {
    const row = xlsx.rows.find((r) => r[1]?.value === name);
    expect(row?.[1]?.type, `${name} is a string cell`).toBe('inlineStr');
    expect(row?.[6]?.type, 'members stay numeric').toBe('n');
  }
});
