// The Map view: the shapes drawn are the boundaries the mock returns (projected as the app does),
// each area's accessible name carries its figure computed from the generator, the legend's
// classes are the quantiles of those figures, and the map drills down by click and by keyboard.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { datasetGeometry } from '../mocks/api/geometry';
import type { AreaFeature } from '../src/api/geometry-schemas';
import { projectMap } from '../src/components/map/projection';
import { expectNoSeriousA11yViolations, expect, test } from './support/fixtures';
import { pinnedDataset } from './support/expected';
import { childrenOf, expectedRanking, typicalRow, viNumber, viPercent } from './support/expected-ranking';

type Ds = ReturnType<typeof pinnedDataset>;

function features(ds: Ds, ids: readonly string[]): AreaFeature[] {
  const rings = datasetGeometry(ds);
  return ids.flatMap((id) => {
    const ring = rings.get(id);
    return ring
      ? [
          {
            type: 'Feature',
            id,
            properties: { areaId: id },
            geometry: { type: 'Polygon', coordinates: [ring] },
          },
        ]
      : [];
  });
}

/** Five quantile classes as the issue defines them: cuts at each fifth of the sorted values. */
function quantileLimits(values: number[]): Array<[number, number, number]> {
  const sorted = [...values].sort((a, b) => a - b);
  const breaks: number[] = [];
  for (let i = 1; i < 5; i++) {
    const b = sorted[Math.floor((i * sorted.length) / 5)] as number;
    if (b > (sorted[0] as number) && b !== breaks.at(-1)) breaks.push(b);
  }
  const classes: Array<[number, number, number]> = [];
  for (const v of sorted) {
    const k = breaks.filter((b) => v >= b).length;
    const c = classes[k];
    if (c) {
      c[1] = v;
      c[2]++;
    } else classes[k] = [v, v, 1];
  }
  return classes;
}

const areaPath = (page: Page, id: string) =>
  page.locator(`[data-testid="map-svg"] path[data-area-id="${id}"]`);
const rateName = (name: string, rate: number, incidents: number) =>
  `${name}: ${viNumber(rate, 1)} vụ việc trên 10.000 dân${incidents < 10 ? ' (số nhỏ)' : ''}`;

for (const shape of ['with-districts', 'no-districts'] as const) {
  const scenario = { shape };
  const ds = pinnedDataset(scenario);
  const root = ds.root;
  const rows = expectedRanking(ds, root.id);
  const row = typicalRow(rows);

  test(`${shape}: the map draws the returned boundaries, each area named with its figure`, async ({
    page,
    openApp,
  }) => {
    await openApp('/map', scenario);
    const svg = page.getByTestId('map-svg');
    await expect(svg.locator('path[data-area-id]')).toHaveCount(rows.length);

    // The shapes drawn: the generator's boundaries, projected as the map projects them.
    const ids = childrenOf(ds, root.id).map((a) => a.id);
    const expected = projectMap(features(ds, ids), features(ds, [root.id])[0], 800, 640);
    for (const a of expected.areas.slice(0, 12)) await expect(areaPath(page, a.id)).toHaveAttribute('d', a.d);
    await expect(page.getByTestId('map-outline')).toHaveAttribute('d', expected.outline ?? '');
    await expect(page.getByTestId('map-not-on-map')).toHaveText('Mọi đơn vị đều có trên bản đồ.');

    for (const r of [row, rows[0], rows.at(-1)]) {
      if (!r) continue;
      await expect(
        page.getByRole('link', { name: rateName(r.name, r.rate, r.incidents), exact: true }),
      ).toHaveCount(1);
    }
    const limits = quantileLimits(rows.map((r) => r.rate));
    await expect(page.getByTestId('map-legend-limits')).toHaveText(
      limits.map(([from, to]) => `${viNumber(from, 1)} đến ${viNumber(to, 1)}`),
    );
    await expect(page.getByTestId('map-legend-count')).toHaveText(limits.map(([, , n]) => `(${n} đơn vị)`));
    await expect(page.getByTestId('map-table').locator('tbody tr')).toHaveCount(rows.length);
    await expectNoSeriousA11yViolations(page);
  });

  test(`${shape}: the figure switch is in the URL, and the map drills down by click and by keyboard`, async ({
    page,
    openApp,
  }) => {
    await openApp('/map', scenario);
    await page.getByTestId('map-figure').selectOption('mediationRate');
    await expect(page).toHaveURL(/figure=mediationRate/);
    const mediation = `${row.name}: ${viPercent(row.resolved / row.closed)} số vụ đã kết thúc được hòa giải thành${row.closed < 10 ? ' (số nhỏ)' : ''}`;
    await expect(page.getByRole('link', { name: mediation, exact: true })).toHaveCount(1);

    if (shape === 'with-districts') {
      await areaPath(page, row.id).click();
      await expect(page).toHaveURL(new RegExp(`area=${row.id}`));
      await expect(page).toHaveURL(/figure=mediationRate/);
      const wards = childrenOf(ds, row.id);
      await expect(page.getByTestId('map-svg').locator('path[data-area-id]')).toHaveCount(wards.length);
      await page.goBack();
    }
    await expect(areaPath(page, row.id)).toBeVisible();
    const other = rows.find((r) => r.id !== row.id) ?? row;
    await areaPath(page, other.id).focus();
    await expect(page.getByTestId('map-tooltip')).toContainText(other.name);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`area=${other.id}`));
  });
}

test('the map exports as SVG and PNG with its shapes', async ({ page, openApp }) => {
  const ds = pinnedDataset({});
  await openApp('/map');
  const count = childrenOf(ds, ds.root.id).length;
  await expect(page.getByTestId('map-svg').locator('path[data-area-id]')).toHaveCount(count);
  const [svgFile] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-chart-svg').click(),
  ]);
  expect(svgFile.suggestedFilename()).toMatch(/\.svg$/);
  const svg = await readFile(await svgFile.path(), 'utf8');
  expect(svg).toContain('Vụ việc trên 10.000 dân');
  expect(svg.match(/data-area-id="/g)?.length).toBe(count);
  const [pngFile] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-chart-png').click(),
  ]);
  const png = await readFile(await pngFile.path());
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.readUInt32BE(16)).toBeGreaterThan(800);
});
