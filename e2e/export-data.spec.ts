// Presenting and sharing: an official downloads the Overview's monthly chart as an image for a
// slide (PNG at 2×, SVG) and its data for a spreadsheet (CSV, XLSX). The files are checked from
// their bytes; expected numbers come from the generator, not from the screen.
import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { strFromU8, unzipSync, unzlibSync } from 'fflate';
import { AS_OF, expect, expectNoSeriousA11yViolations, test } from './support/fixtures';
import { addMonths, expectedFigures, formatFor, monthsOf, pinnedDataset } from './support/expected';
import { reportingMessages } from '../src/i18n/messages/views/reporting';

/** The value, or a failed test naming what was missing. */
function must<T>(value: T | null | undefined, what = 'value'): T {
  if (value === null || value === undefined) throw new Error(`missing ${what}`);
  return value;
}

const ds = pinnedDataset();
const period = { from: addMonths(AS_OF, -11), to: AS_OF };
const e = expectedFigures(ds, ds.root.id, period.from, period.to);
const TITLE = 'Vụ việc theo tháng';
/** Where the image's padding comes from (src/lib/chart-export.ts IMAGE_PADDING). */
const PADDING = 16;
const asOfMonth = new Intl.DateTimeFormat('vi-VN', {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
}).format(new Date(`${AS_OF}-01T00:00:00Z`));

function chartPanel(page: Page) {
  return page.locator('section').filter({ has: page.getByRole('heading', { name: TITLE }) });
}

async function download(page: Page, buttonName: string | RegExp): Promise<{ file: Download; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    chartPanel(page).getByRole('button', { name: buttonName }).click(),
  ]);
  const path = await file.path();
  return { file, bytes: await readFile(path) };
}

/** Width and height from a PNG's IHDR chunk, and whether its pixels vary (something is drawn). */
function pngInfo(bytes: Buffer) {
  expect([...bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  const idat: Buffer[] = [];
  for (let at = 8; at < bytes.length;) {
    const length = bytes.readUInt32BE(at);
    if (bytes.subarray(at + 4, at + 8).toString('latin1') === 'IDAT')
      idat.push(bytes.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const pixels = unzlibSync(Buffer.concat(idat));
  return {
    width: bytes.readUInt32BE(16),
    height: bytes.readUInt32BE(20),
    distinctBytes: new Set(pixels).size,
  };
}

test.beforeEach(async ({ page, openApp }) => {
  await openApp('/');
  await expect(page.locator('[data-chart-box] .recharts-bar-rectangle').first()).toBeVisible();
});

test('the monthly chart downloads as a 2× PNG with title, area, period and source drawn in', async ({
  page,
}) => {
  const box = must(await chartPanel(page).locator('[data-chart-box]').boundingBox(), 'the chart box');
  const svg = await download(page, `Tải ${TITLE} dưới dạng SVG`);
  const png = await download(page, `Tải ${TITLE} dưới dạng PNG`);
  expect(png.file.suggestedFilename()).toBe(
    `Tỉnh-Bình-An_${period.from}_${period.to}_Vụ-việc-theo-tháng.png`,
  );

  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = doc.documentElement;
    return { width: Number(root.getAttribute('width')), height: Number(root.getAttribute('height')) };
  }, svg.bytes.toString('utf8'));
  const info = pngInfo(png.bytes);
  expect(parsed.width).toBe(Math.round(box.width) + 2 * PADDING);
  expect(info.width).toBe(2 * parsed.width);
  expect(info.height).toBe(2 * parsed.height);
  // Header (title, subtitle) and footer (source) add to the chart box's height.
  expect(info.height).toBeGreaterThan(2 * (Math.round(box.height) + 2 * PADDING + 18 + 13 + 12));
  expect(info.distinctBytes).toBeGreaterThan(20);
  // The title is drawn: the image is drawn once its embedded fonts have loaded, not blank before.
  const titleInk = await page.evaluate(async (base64) => {
    const image = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
    const ctx = new OffscreenCanvas(image.width, image.height).getContext('2d');
    if (!ctx) return -1;
    ctx.drawImage(image, 0, 0);
    // The title's line: 2 × (padding 16 + font size 18), from the left padding on.
    const { data } = ctx.getImageData(32, 32, 400, 36);
    let dark = 0;
    for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 255) < 128) dark++;
    return dark;
  }, png.bytes.toString('base64'));
  expect(titleInk).toBeGreaterThan(500);
});

test('the SVG holds the title, the area, the source note and no unresolved CSS variables', async ({
  page,
}) => {
  const svg = await download(page, `Tải ${TITLE} dưới dạng SVG`);
  expect(svg.file.suggestedFilename()).toBe(
    `Tỉnh-Bình-An_${period.from}_${period.to}_Vụ-việc-theo-tháng.svg`,
  );
  const text = svg.bytes.toString('utf8');
  expect(text).not.toContain('var(');
  const parsed = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    return {
      errors: doc.getElementsByTagName('parsererror').length,
      texts: Array.from(doc.querySelectorAll('text')).map((t) => t.textContent ?? ''),
      background: doc.querySelector('rect')?.getAttribute('fill'),
      bars: doc.querySelectorAll('.recharts-bar-rectangle path').length,
      fontFaces: Array.from(
        doc.querySelector('style')?.textContent?.matchAll(/@font-face\s*\{([^}]*)\}/g) ?? [],
        ([, rule = '']) => ({
          family: /font-family:\s*"([^"]*)"/.exec(rule)?.[1],
          weight: /font-weight:\s*(\d+)/.exec(rule)?.[1],
          url: /src:\s*url\((data:[^)]*)\)/.exec(rule)?.[1] ?? '',
        }),
      ),
    };
  }, text);
  expect(parsed.errors).toBe(0);
  expect(parsed.texts).toContain(TITLE);
  expect(parsed.texts.some((t) => t.startsWith(`${ds.root.name} · `))).toBe(true);
  expect(parsed.texts).toContain(`Nguồn: Bảng điều hành ANTT (dữ liệu minh họa), số liệu đến ${asOfMonth}`);
  expect(parsed.texts).toContain('Cùng kỳ năm trước');
  // The month axis reads as Vietnamese reports write months ("T1/2026").
  // (Recharts may skip ticks on a narrow chart: some month of the period, not each, is drawn.)
  const ticks = monthsOf(period.from, period.to).map(formatFor('vi-VN').monthShort);
  expect(ticks.filter((m) => parsed.texts.includes(m)).length).toBeGreaterThan(0);
  expect(parsed.background).toBe('#ffffff');
  expect(parsed.bars).toBe(24);
  // The app's font travels in the file: Be Vietnam Pro as woff2 data: URLs, regular and bold (the
  // title), in the subsets Vietnamese needs; each one a font the browser can load.
  expect(parsed.fontFaces.length).toBeGreaterThanOrEqual(2);
  for (const face of parsed.fontFaces) {
    expect(face.family).toBe('Be Vietnam Pro');
    expect(face.url).toMatch(/^data:font\/woff2;base64,/);
  }
  expect(new Set(parsed.fontFaces.map((f) => f.weight))).toEqual(new Set(['400', '700']));
  const loaded = await page.evaluate(
    (urls) => Promise.all(urls.map((url) => new FontFace('Embedded', `url(${url})`).load().then(() => true))),
    parsed.fontFaces.map((f) => f.url),
  );
  expect(loaded.every(Boolean)).toBe(true);
  expect(text.length).toBeLessThan(300_000);
});

test('in the dark theme the image has a dark background', async ({ page }) => {
  await page.getByTestId('theme-toggle').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const svg = await download(page, `Tải ${TITLE} dưới dạng SVG`);
  const background = await page.evaluate(
    (source) =>
      new DOMParser().parseFromString(source, 'image/svg+xml').querySelector('rect')?.getAttribute('fill'),
    svg.bytes.toString('utf8'),
  );
  expect(background).not.toBe('#ffffff');
  expect(background).toMatch(/^#[0-3]/);
});

test('the table downloads as CSV with a BOM, the header row and the generator’s 12 months', async ({
  page,
}) => {
  const headers = await chartPanel(page).getByTestId('incidents-table').locator('thead th').allTextContents();
  const csv = await download(page, `Tải bảng ${TITLE} dưới dạng CSV`);
  expect(csv.file.suggestedFilename()).toBe(
    `Tỉnh-Bình-An_${period.from}_${period.to}_Vụ-việc-theo-tháng.csv`,
  );
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = csv.bytes.subarray(3).toString('utf8').split('\r\n');
  expect(lines.pop()).toBe('');
  expect(lines.pop(), 'the demo note on the last line').toBe(reportingMessages.vi['demoNote.export']);
  expect(lines[0]).toBe(headers.join(','));
  expect(lines).toHaveLength(13);
  e.monthly.forEach((m, i) => {
    expect(lines[i + 1]).toBe(`${m.month},${m.current},${addMonths(m.month, -12)},${m.prior}`);
  });
});

test('the table downloads as XLSX whose numbers are numeric cells', async ({ page }) => {
  const xlsx = await download(page, `Tải bảng ${TITLE} dưới dạng Excel (XLSX)`);
  expect(xlsx.file.suggestedFilename()).toBe(
    `Tỉnh-Bình-An_${period.from}_${period.to}_Vụ-việc-theo-tháng.xlsx`,
  );
  const files = unzipSync(new Uint8Array(xlsx.bytes));
  expect(Object.keys(files)).toEqual(
    expect.arrayContaining([
      '[Content_Types].xml',
      'xl/workbook.xml',
      'xl/styles.xml',
      'xl/worksheets/sheet1.xml',
    ]),
  );
  const sheet = strFromU8(must(files['xl/worksheets/sheet1.xml'], 'xl/worksheets/sheet1.xml'));
  const workbook = strFromU8(must(files['xl/workbook.xml'], 'xl/workbook.xml'));
  expect(workbook).toContain(`<sheet name="${TITLE}"`);
  e.monthly.forEach((m, i) => {
    const r = i + 2;
    expect(sheet).toContain(`<c r="A${r}" t="inlineStr"><is><t xml:space="preserve">${m.month}</t></is></c>`);
    expect(sheet).toContain(`<c r="B${r}" t="n"><v>${m.current}</v></c>`);
    expect(sheet).toContain(`<c r="D${r}" t="n"><v>${m.prior}</v></c>`);
  });
});

test('the export buttons pass an accessibility scan, also disabled while the table is shown', async ({
  page,
}) => {
  const panel = chartPanel(page);
  await expect(panel.getByRole('button', { name: `Tải ${TITLE} dưới dạng PNG` })).toBeEnabled();
  await expectNoSeriousA11yViolations(page);
  await panel.getByRole('button', { name: 'Xem dạng bảng' }).click();
  await expect(panel.locator(`tr[data-month="${period.from}"] th`)).toHaveText(
    formatFor('vi-VN').monthShort(period.from),
  );
  const png = panel.getByRole('button', { name: `Tải ${TITLE} dưới dạng PNG` });
  await expect(png).toBeDisabled();
  await expect(png).toHaveAccessibleDescription('Ẩn bảng để tải biểu đồ dưới dạng ảnh.');
  await expect(panel.getByRole('button', { name: `Tải bảng ${TITLE} dưới dạng CSV` })).toBeEnabled();
  await expectNoSeriousA11yViolations(page);
});
