import type { Page } from '@playwright/test';
import { AS_OF, expect, expectNoSeriousA11yViolations, test } from './support/fixtures';
import { expectedFigures, formatFor, pinnedDataset } from './support/expected';
import { monthFor, monthRangeFor, readPdf, squash } from './support/expected-report';

const ds = pinnedDataset();
// A district of the pinned data set with 16 wards: enough for its ranking to need a second page
// in landscape, not in portrait.
const district = ds.areas.find((a) => a.id === 'p01d02');
if (!district) throw new Error('the pinned data set has no district p01d02');
const vi = formatFor('vi-VN');
const path = `/report?area=${district.id}&period=2025`;

/**
 * Pages of the district's report for 2025 in Vietnamese: the header and key figures, then one
 * page per section; in landscape (less height per page) the ranking of its wards runs over two.
 */
const PAGES = { portrait: 9, landscape: 10 } as const;

/** The sections' headings after the key figures, in order: each starts a new page. */
const sectionTitles = [
  'Vụ việc theo tháng so với cùng kỳ năm trước',
  'Biến động theo loại vụ việc',
  'Địa bàn có số vụ việc tăng, giảm nhiều nhất',
  'Hòa giải ở cơ sở: tỷ lệ hòa giải thành',
  'Tổ tự quản và tỷ lệ bao phủ',
  'Tuần tra',
  'Xếp hạng các địa bàn trực thuộc',
  'Bản đồ: vụ việc trên 10.000 dân',
];

/** The page (0-based) each section's heading is on, found after its running header line. */
function sectionPages(pages: readonly { text: string }[]) {
  return sectionTitles.map((title) =>
    pages.findIndex((p) => p.text.split('\n').some((line) => line.trim() === title)),
  );
}

/** What only the app's chrome says (header, navigation, controls): none of it may be printed. */
const chromeLabels = [
  'Sao chép liên kết',
  'Chuyển đến nội dung',
  'Tổng quan',
  'Chi tiết địa bàn',
  'Trình chiếu',
  'Ngôn ngữ',
  'Giao diện',
  'In / Lưu thành PDF',
  'Hướng trang',
  'Khổ dọc',
];

async function printReport(page: Page, open: (path: string) => Promise<void>, orientation: string) {
  await open(`${path}&orientation=${orientation}`);
  await expect(page.getByTestId('report')).toHaveAttribute('data-report-ready', 'true');
  await expect(page.getByTestId('report-monthly').locator('.recharts-bar-rectangle').first()).toBeVisible();
  return readPdf(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
}

test('the report prints on A4 portrait with the area, period, as-of month and key figures, and no navigation', async ({
  page,
  openApp,
}) => {
  const e = expectedFigures(ds, district.id, '2025-01', '2025-12');
  const pages = await printReport(page, openApp, 'portrait');

  expect(pages).toHaveLength(PAGES.portrait);
  for (const [i, p] of pages.entries()) {
    // A4 portrait in points (210 × 297 mm), numbered "Trang n/N" in the page-margin box.
    expect(Math.round(p.width)).toBe(595);
    expect(Math.round(p.height)).toBe(842);
    expect(squash(p.text)).toContain(squash(`Trang ${i + 1}/${pages.length}`));
    // Every page names the area and period in its running header.
    expect(squash(p.text)).toContain(squash(district.name));
  }

  const first = squash(pages[0]?.text ?? '');
  expect(first).toContain(squash(`Báo cáo: ${district.name}`));
  expect(first).toContain(squash(monthRangeFor('vi-VN', '2025-01', '2025-12')));
  expect(first).toContain(squash(monthRangeFor('vi-VN', '2024-01', '2024-12')));
  expect(first).toContain(squash(`hết ${monthFor('vi-VN', AS_OF)}`));
  expect(first).toContain(squash(vi.number(e.incidents)));
  expect(first).toContain(squash(vi.percent(e.resolved / e.closed)));
  expect(first).toContain(squash(`${vi.number(e.resolved)} trên ${vi.number(e.closed)}`));
  expect(first).toContain(squash(vi.number(e.activeGroups)));

  expect(sectionPages(pages)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);

  const all = pages.map((p) => p.text).join('\n');
  for (const label of chromeLabels) expect(all, `"${label}" is printed`).not.toContain(label);
});

test('the landscape report prints on A4 landscape, its wider pages holding the same sections', async ({
  page,
  openApp,
}) => {
  const e = expectedFigures(ds, district.id, '2025-01', '2025-12');
  const pages = await printReport(page, openApp, 'landscape');

  expect(pages).toHaveLength(PAGES.landscape);
  for (const [i, p] of pages.entries()) {
    expect(Math.round(p.width)).toBe(842);
    expect(Math.round(p.height)).toBe(595);
    expect(squash(p.text)).toContain(squash(`Trang ${i + 1}/${pages.length}`));
  }
  // The same sections on the same pages; the ranking's last rows go on to the ninth.
  expect(sectionPages(pages)).toEqual([1, 2, 3, 4, 5, 6, 7, 9]);
  expect(squash(pages[8]?.text ?? '')).toContain(squash(`Tổng: ${district.name}`));

  const text = squash(pages.map((p) => p.text).join('\n'));
  expect(text).toContain(squash(district.name));
  expect(text).toContain(squash(vi.number(e.incidents)));
  expect(text).toContain(squash(vi.percent(e.resolved / e.closed)));
  expect(text).toContain(squash(vi.number(e.activeGroups)));
  // Every ward of the district is in the ranking.
  for (const ward of ds.areas.filter((a) => a.parentId === district.id))
    expect(text).toContain(squash(ward.name));
});

test('the Report view passes an accessibility scan', async ({ page, openApp }) => {
  await openApp(path);
  await expect(page.getByTestId('report')).toHaveAttribute('data-report-ready', 'true');
  await expectNoSeriousA11yViolations(page);
  await page.getByTestId('theme-toggle').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expectNoSeriousA11yViolations(page, { coloursOnly: true });
});
