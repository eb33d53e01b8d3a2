import type { Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, test } from './support/fixtures';
import { expectedFigures, formatFor, pinnedDataset, LAST_12 } from './support/expected';
import { expectedMoves } from './support/expected-incidents';
import { expectedMediation, expectedPatrols, expectedRanking } from './support/expected-present';

const ds = pinnedDataset();
const vi = formatFor('vi-VN');
// Rates and hours always with one decimal, as the app shows them ("29,0", not "29").
const decimal = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const districts = ds.areas.filter((a) => a.level === 'district');
const district = districts[2] ?? districts[0];
if (!district) throw new Error('the mock data has no district');

/** The slides with a monthly chart: incidents, mediation and patrols. */
const chartSlides = [3, 6, 8];
const counter = (page: Page) => page.getByTestId('slide-counter');
/** A rate as the tables write it, "77,4% (250 / 323)"; "—" without a closed case. */
const ratioText = (numerator: number, denominator: number) =>
  denominator === 0
    ? '—'
    : `${vi.percent(numerator / denominator)} (${vi.number(numerator)} / ${vi.number(denominator)})`;

test('the keyboard drives the deck, the URL follows it and Esc returns to the Overview', async ({
  page,
  openApp,
}) => {
  await openApp(`/?area=${district.id}&period=2025`);
  await expect(page.getByTestId('page-title')).toContainText(district.name);
  await page.getByTestId('present-link').click();
  await expect(page).toHaveURL(new RegExp(`/present\\?.*area=${district.id}`));
  await expect(page).toHaveURL(/period=2025/);
  await expect(counter(page)).toHaveText('1 / 10');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(district.name);
  // No app header or navigation around the deck.
  await expect(page.getByTestId('copy-link')).toHaveCount(0);

  await page.keyboard.press('ArrowRight');
  await expect(counter(page)).toHaveText('2 / 10');
  await expect(page).toHaveURL(/slide=2/);
  await page.keyboard.press('PageDown');
  await expect(counter(page)).toHaveText('3 / 10');
  await page.keyboard.press('ArrowDown');
  await expect(counter(page)).toHaveText('4 / 10');
  await page.keyboard.press('ArrowLeft');
  await expect(counter(page)).toHaveText('3 / 10');
  await page.keyboard.press('PageUp');
  await expect(counter(page)).toHaveText('2 / 10');
  await page.keyboard.press('End');
  await expect(counter(page)).toHaveText('10 / 10');
  await page.keyboard.press('Home');
  await expect(counter(page)).toHaveText('1 / 10');
  await page.keyboard.press('5');
  await page.keyboard.press('Enter');
  await expect(counter(page)).toHaveText('5 / 10');
  await expect(page).toHaveURL(/slide=5/);
  await expect(page.getByTestId('slide-announcement')).toHaveText(
    'Trang 5 trên 10: Địa bàn có số vụ việc tăng nhiều nhất',
  );

  // Slide changes replace the history entry: a reload, or the same link, opens the same slide.
  await page.reload();
  await expect(counter(page)).toHaveText('5 / 10');
  await expect(page.getByTestId('slide-rises')).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(new RegExp(`/\\?.*area=${district.id}`));
  await expect(page).toHaveURL(/period=2025/);
  await expect(page).not.toHaveURL(/present|slide=/);
  await expect(page.getByTestId('page-title')).toContainText(district.name);
});

test("each slide's key figures equal the definitions computed from the mock data", async ({
  page,
  openApp,
}) => {
  const e = expectedFigures(ds, ds.root.id, LAST_12.from, LAST_12.to);
  const m = expectedMediation(ds, ds.root.id, LAST_12.from, LAST_12.to);
  const p = expectedPatrols(ds, ds.root.id, LAST_12.from, LAST_12.to);

  await openApp('/present?slide=2');
  await expect(page.getByTestId('deck-incidents-value')).toHaveText(vi.number(e.incidents));
  await expect(page.getByTestId('deck-incidents').getByTestId('change')).toContainText(
    vi.number(e.priorIncidents),
  );
  await expect(page.getByTestId('deck-incident-rate-value')).toHaveText(
    decimal.format((e.incidents / e.population) * 10_000),
  );
  await expect(page.getByTestId('deck-mediation-rate-value')).toHaveText(vi.percent(e.resolved / e.closed));
  await expect(page.getByTestId('deck-mediation-detail')).toContainText(
    `${vi.number(e.resolved)} trên ${vi.number(e.closed)}`,
  );
  await expect(page.getByTestId('deck-patrols-value')).toHaveText(vi.number(e.patrols));
  await expect(page.getByTestId('deck-active-groups-value')).toHaveText(vi.number(e.activeGroups));
  await expect(page.getByTestId('deck-members')).toContainText(vi.number(e.members));
  await expect(page.getByTestId('deck-coverage-value')).toHaveText(
    vi.percent(e.covered / e.residentialAreas),
  );
  await expect(page.getByTestId('deck-coverage-detail')).toContainText(
    `${vi.number(e.covered)} trên ${vi.number(e.residentialAreas)}`,
  );

  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('deck-trend-total-value')).toHaveText(vi.number(e.incidents));
  const trend = page.getByTestId('deck-trend-table');
  for (const row of e.monthly) {
    const cells = trend.locator(`tr[data-month="${row.month}"] td`);
    await expect(cells.nth(0)).toHaveText(vi.number(row.current));
    await expect(cells.nth(2)).toHaveText(vi.number(row.prior));
  }
  await expect(page.locator('.deck .recharts-wrapper')).toBeVisible();

  const moves = expectedMoves(ds, ds.root.id, LAST_12.from, LAST_12.to, 5);
  for (const [slide, kind, expected] of [
    ['4', 'falls', moves.falls],
    ['5', 'rises', moves.rises],
  ] as const) {
    await page.keyboard.press(slide);
    await page.keyboard.press('Enter');
    const rows = page.getByTestId(`deck-${kind}`).locator('tbody tr');
    await expect(rows).toHaveCount(expected.length);
    for (const [i, a] of expected.entries()) {
      await expect(rows.nth(i)).toHaveAttribute('data-area', a.id);
      await expect(rows.nth(i).getByRole('cell').nth(0)).toHaveText(vi.number(a.current));
      await expect(rows.nth(i).getByRole('cell').nth(1)).toHaveText(vi.number(a.prior));
      await expect(rows.nth(i).getByTestId('deck-move-delta')).toContainText(vi.number(Math.abs(a.delta)));
    }
  }

  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('deck-resolution-rate-value')).toHaveText(vi.percent(e.resolved / e.closed));
  await expect(page.getByTestId('deck-resolution-detail')).toContainText(
    `${vi.number(e.resolved)} trên ${vi.number(e.closed)}`,
  );
  await expect(page.getByTestId('deck-received')).toContainText(vi.number(m.received));
  await expect(page.getByTestId('deck-received')).toContainText(vi.number(m.priorReceived));
  await expect(page.getByTestId('deck-referred')).toContainText(vi.number(m.referred));
  await expect(page.getByTestId('deck-unresolved')).toContainText(vi.number(m.unresolved));
  await expect(page.getByTestId('deck-pending')).toContainText(vi.number(m.pending));
  // The chart's months, read from its screen-reader table: each month's rate is resolved / closed.
  const rates = page.getByTestId('deck-rates-table');
  await expect(rates.locator('tbody tr')).toHaveCount(m.monthly.length);
  for (const row of m.monthly) {
    const cells = rates.locator(`tr[data-month="${row.month}"] td`);
    await expect(cells.nth(0)).toHaveText(ratioText(row.resolved, row.closed));
    await expect(cells.nth(2)).toHaveText(ratioText(row.priorResolved, row.priorClosed));
  }
  const rateChart = page.getByTestId('slide-mediation').locator('.recharts-wrapper');
  await expect(rateChart.locator('.recharts-line')).toHaveCount(2);
  await expect(rateChart.locator('.recharts-label')).toHaveText('Chỉ tiêu: 80%');

  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('deck-groups-active-value')).toHaveText(vi.number(e.activeGroups));
  await expect(page.getByTestId('deck-groups-coverage-value')).toHaveText(
    vi.percent(e.covered / e.residentialAreas),
  );

  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('deck-patrols-total-value')).toHaveText(vi.number(p.patrols));
  await expect(page.getByTestId('deck-patrol-hours')).toContainText(decimal.format(p.hours));
  await expect(page.getByTestId('deck-findings')).toContainText(vi.number(p.findings));
  const patrols = page.getByTestId('deck-patrols-table');
  await expect(patrols.locator('tbody tr')).toHaveCount(p.monthly.length);
  for (const row of p.monthly) {
    const cells = patrols.locator(`tr[data-month="${row.month}"] td`);
    await expect(cells.nth(0)).toHaveText(vi.number(row.patrols));
    await expect(cells.nth(2)).toHaveText(vi.number(row.prior));
  }
  // Two bars a month: this period and a year earlier.
  await expect(page.getByTestId('slide-patrols').locator('.recharts-bar-rectangle')).toHaveCount(
    2 * p.monthly.length,
  );

  // The ranking is the last slide but the map.
  await page.keyboard.press('End');
  await expect(page.getByTestId('slide-map').getByTestId('map-legend')).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  const ranking = expectedRanking(ds, ds.root.id, LAST_12.from, LAST_12.to);
  const rows = page.getByTestId('deck-ranking').locator('tbody tr[data-area]');
  await expect(rows).toHaveCount(ranking.length);
  for (const [i, r] of ranking.entries()) {
    await expect(rows.nth(i)).toHaveAttribute('data-area', r.id);
    await expect(rows.nth(i)).toHaveAttribute('data-rank', String(i + 1));
    await expect(rows.nth(i).locator('[data-column="rate"]')).toHaveText(
      r.rate === null ? '—' : decimal.format(r.rate),
    );
  }
});

/** The smallest text on the slide and the headline size, as shares of the slide's height. */
async function typeScale(page: Page) {
  return page.evaluate(() => {
    const stage = document.querySelector<HTMLElement>('[data-testid="deck-stage"]');
    if (!stage) throw new Error('no stage');
    const height = stage.getBoundingClientRect().height;
    let smallest = Infinity;
    for (const el of stage.querySelectorAll<Element>('*')) {
      const hasText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
      const box = el.getBoundingClientRect();
      // Screen-reader-only text (1 px boxes) is not read from the hall.
      if (!hasText || box.width <= 1 || box.height <= 1) continue;
      smallest = Math.min(smallest, Number.parseFloat(getComputedStyle(el).fontSize));
    }
    const headlines = [...stage.querySelectorAll<HTMLElement>('.headline-value')].map((el) =>
      Number.parseFloat(getComputedStyle(el).fontSize),
    );
    return {
      smallest: smallest / height,
      headline: Math.min(...headlines) / height,
      headlines: headlines.length,
    };
  });
}

async function scrollOverflow(page: Page) {
  return page.evaluate(() => {
    const el = document.scrollingElement;
    if (!el) throw new Error('no scrolling element');
    return { x: el.scrollWidth - el.clientWidth, y: el.scrollHeight - el.clientHeight };
  });
}

test('type reads from the back of a hall and the deck never scrolls at 720p and 1080p', async ({
  page,
  openApp,
}, testInfo) => {
  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    await openApp('/present?slide=1');
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(ds.root.name);
    const stage = await page.getByTestId('deck-stage').boundingBox();
    expect(stage?.width).toBeCloseTo(width, 0);
    expect(stage?.height).toBeCloseTo(height, 0);
    for (let slide = 1; slide <= 10; slide++) {
      if (slide > 1) await page.keyboard.press('ArrowRight');
      await expect(counter(page)).toHaveText(`${slide} / 10`);
      await expect(page.locator('[data-state="loading"]')).toHaveCount(0);
      // The charts' axis and legend type counts too: wait for the lazy chart to draw.
      if (chartSlides.includes(slide)) await expect(page.locator('.deck .recharts-wrapper')).toBeVisible();
      const scale = await typeScale(page);
      expect(scale.smallest, `smallest text on slide ${slide} at ${width}×${height}`).toBeGreaterThanOrEqual(
        0.025,
      );
      if (scale.headlines > 0)
        expect(scale.headline, `headline on slide ${slide} at ${width}×${height}`).toBeGreaterThanOrEqual(
          0.08,
        );
      expect(await scrollOverflow(page)).toEqual({ x: 0, y: 0 });
      if ([2, 6, 8, 9].includes(slide))
        await page.screenshot({ path: testInfo.outputPath(`deck-${width}x${height}-slide${slide}.png`) });
    }
  }
});

test('full screen toggles with F and the button', async ({ page, openApp }) => {
  await openApp('/present');
  await expect(counter(page)).toHaveText('1 / 10');
  const isFullscreen = () => page.evaluate(() => document.fullscreenElement !== null);
  await page.keyboard.press('f');
  await expect.poll(isFullscreen).toBe(true);
  await expect(page.getByTestId('deck-fullscreen')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('f');
  await expect.poll(isFullscreen).toBe(false);
  await page.getByTestId('deck-fullscreen').click();
  await expect.poll(isFullscreen).toBe(true);
  await page.getByTestId('deck-fullscreen').click();
  await expect.poll(isFullscreen).toBe(false);
});

test('the speaker notes window follows the deck and steers it', async ({ page, openApp }) => {
  const e = expectedFigures(ds, ds.root.id, LAST_12.from, LAST_12.to);
  await openApp('/present?slide=2');
  await expect(counter(page)).toHaveText('2 / 10');
  const [notes] = await Promise.all([
    page.context().waitForEvent('page'),
    page.getByTestId('deck-notes').click(),
  ]);
  await notes.waitForLoadState();
  await expect(notes).toHaveURL(/notes=1/);
  await expect(notes.getByTestId('notes-counter')).toHaveText('2 / 10');
  await expect(notes.getByTestId('note-mediation-rate')).toContainText(
    `${vi.percent(e.resolved / e.closed)} = ${vi.number(e.resolved)} / ${vi.number(e.closed)}`,
  );
  await expect(notes.getByTestId('note-coverage')).toContainText(
    `${vi.number(e.covered)} trên ${vi.number(e.residentialAreas)} khu dân cư`,
  );
  await expect(notes.getByTestId('notes-definitions')).toContainText('Tỷ lệ hòa giải thành tại cơ sở =');

  await page.bringToFront();
  await page.keyboard.press('ArrowRight');
  await expect(counter(page)).toHaveText('3 / 10');
  await expect(notes.getByTestId('notes-counter')).toHaveText('3 / 10');
  await expect(notes).toHaveURL(/slide=3/);

  await notes.bringToFront();
  await notes.getByRole('button', { name: 'Trang sau' }).click();
  await expect(notes.getByTestId('notes-counter')).toHaveText('4 / 10');
  await expect(counter(page)).toHaveText('4 / 10');
  await expectNoSeriousA11yViolations(notes);

  // The mediation and patrols notes list the charts' months.
  const m = expectedMediation(ds, ds.root.id, LAST_12.from, LAST_12.to);
  const p = expectedPatrols(ds, ds.root.id, LAST_12.from, LAST_12.to);
  const [firstRate, lastPatrols] = [m.monthly[0], p.monthly.at(-1)];
  if (!firstRate || !lastPatrols) throw new Error('no months');
  await page.bringToFront();
  await page.keyboard.press('6');
  await page.keyboard.press('Enter');
  await expect(notes.getByTestId('notes-counter')).toHaveText('6 / 10');
  await expect(
    notes.getByTestId('note-monthly-rates').locator(`tr[data-month="${firstRate.month}"] td`).first(),
  ).toHaveText(ratioText(firstRate.resolved, firstRate.closed));
  await page.keyboard.press('8');
  await page.keyboard.press('Enter');
  await expect(notes.getByTestId('notes-counter')).toHaveText('8 / 10');
  await expect(
    notes.getByTestId('note-monthly-patrols').locator(`tr[data-month="${lastPatrols.month}"] td`).first(),
  ).toHaveText(vi.number(lastPatrols.patrols));
  await notes.close();
});

test('auto-advance moves on its own and pauses on any key', async ({ page, openApp }) => {
  await openApp('/present?auto=5');
  await expect(page.getByTestId('deck-auto')).toHaveValue('5');
  await expect(counter(page)).toHaveText('1 / 10');
  await expect(counter(page)).toHaveText('2 / 10', { timeout: 8_000 });
  await page.keyboard.press('Shift');
  await expect(page.getByTestId('deck-auto-state')).toHaveText('Tạm dừng');
  await page.waitForTimeout(6_000);
  await expect(counter(page)).toHaveText('2 / 10');

  await page.getByTestId('deck-auto').selectOption('10');
  await expect(page).toHaveURL(/auto=10/);
  await expect(page.getByTestId('deck-auto-state')).toHaveText('Đang chạy');
});

test('the deck passes an accessibility scan in both themes', async ({ page, openApp }) => {
  for (const theme of ['light', 'dark'] as const) {
    await page.addInitScript((t) => window.localStorage.setItem('antt.theme', t), theme);
    // One load per theme, then from slide to slide as a presenter goes (a reload per slide would
    // regenerate the demo data each time).
    await openApp('/present?slide=1');
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    for (let slide = 1; slide <= 10; slide++) {
      if (slide > 1) await page.keyboard.press('ArrowRight');
      await expect(counter(page)).toHaveText(`${slide} / 10`);
      if (slide === 5) continue;
      await expect(page.locator('[data-state="loading"]')).toHaveCount(0);
      if (chartSlides.includes(slide)) await expect(page.locator('.deck .recharts-wrapper')).toBeVisible();
      // The dark pass checks what a theme can change: the colours (the light pass checked the rest).
      await expectNoSeriousA11yViolations(page, { coloursOnly: theme === 'dark' });
    }
  }
});

test('the mediation chart draws the target stored on the Wards view', async ({ page, openApp }) => {
  await page.addInitScript(() =>
    window.localStorage.setItem('antt.targets', JSON.stringify({ mediationRate: 0.75 })),
  );
  await openApp('/present?slide=6');
  const slide = page.getByTestId('slide-mediation');
  await expect(slide.locator('.recharts-label')).toHaveText('Chỉ tiêu: 75%');
  await expect(slide.getByText('Chỉ tiêu tối thiểu 75%', { exact: false })).toBeVisible();
});

test('a failing request shows an error with retry on its slides only', async ({ page, openApp }) => {
  const e = expectedFigures(ds, ds.root.id, LAST_12.from, LAST_12.to);
  await openApp('/present?slide=6', { corruptPaths: ['/stats/mediation'] });
  const slide = page.getByTestId('slide-mediation');
  await expect(slide.getByRole('alert')).toBeVisible();
  await expect(slide.getByRole('button', { name: 'Thử lại' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Hòa giải ở cơ sở: tỷ lệ hòa giải thành');
  await expectNoSeriousA11yViolations(page);
  // The other slides still show their figures, and the keys still move the deck.
  await page.keyboard.press('ArrowRight');
  await expect(counter(page)).toHaveText('7 / 10');
  await expect(page.getByTestId('deck-groups-active-value')).toHaveText(vi.number(e.activeGroups));
});
