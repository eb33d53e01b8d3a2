import type { Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, test } from './support/fixtures';
import { expectedFigures, pinnedDataset } from './support/expected';
import { childrenOf, LAST_12, viNumber, viPercent } from './support/expected-ranking';

const ds = pinnedDataset();
const district = ds.areas.find((a) => a.level === 'district' && childrenOf(ds, a.id).length >= 3);
if (!district) throw new Error('no district with three wards');
const wards = childrenOf(ds, district.id).slice(0, 3);
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

async function expectKpiTable(page: Page) {
  const table = page.getByTestId('compare-table');
  await expect(table.getByRole('columnheader')).toHaveCount(wards.length + 1);
  const cell = (measure: string, id: string) =>
    table.locator(`tr[data-measure="${measure}"] td[data-area="${id}"]`);
  for (const w of wards) {
    const e = expectedFigures(ds, w.id, LAST_12.from, LAST_12.to);
    await expect(cell('incidents', w.id)).toHaveText(viNumber(e.incidents));
    await expect(cell('prior', w.id)).toHaveText(viNumber(e.priorIncidents));
    await expect(cell('rate', w.id)).toHaveText(viNumber((e.incidents / e.population) * 10_000, 1));
    await expect(cell('mediation', w.id)).toContainText(`${viNumber(e.resolved)} / ${viNumber(e.closed)}`);
    await expect(cell('mediation', w.id)).toContainText(viPercent(e.resolved / e.closed));
    await expect(cell('patrols', w.id)).toHaveText(viNumber(e.patrols / 12, 1));
    await expect(cell('groups', w.id)).toHaveText(viNumber(e.activeGroups));
    await expect(cell('coverage', w.id)).toContainText(
      `${viNumber(e.covered)} trên ${viNumber(e.residentialAreas)} khu dân cư`,
    );
    await expect(cell('population', w.id)).toHaveText(viNumber(e.population));
  }
}

/** The top y-axis tick label of every small multiple of one measure. */
async function topTicks(page: Page, measure: string) {
  const charts = page.getByTestId(`compare-${measure}`).getByTestId('small-multiple');
  await expect(charts).toHaveCount(wards.length);
  await expect(
    charts.first().locator('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value'),
  ).not.toHaveCount(0);
  return charts.evaluateAll((els) =>
    els.map((el) => {
      const ticks = [
        ...el.querySelectorAll('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value'),
      ];
      // The top tick is the one drawn highest (smallest y).
      const top = ticks
        .map((t) => ({ y: t.getBoundingClientRect().y, text: t.textContent ?? '' }))
        .sort((a, b) => a.y - b.y)[0];
      return top?.text ?? '';
    }),
  );
}

test('three wards compared through the URL: figures of the data and one shared scale per measure', async ({
  page,
  openApp,
}) => {
  await openApp(`/compare?areas=${wards.map((w) => w.id).join(',')}`);
  await expectKpiTable(page);

  const incidentTops = await topTicks(page, 'incidents');
  expect(new Set(incidentTops).size).toBe(1);
  // The shared top is at least the busiest month of any ward, this year or last.
  const busiest = Math.max(
    ...wards.flatMap((w) =>
      expectedFigures(ds, w.id, LAST_12.from, LAST_12.to).monthly.flatMap((m) => [m.current, m.prior]),
    ),
  );
  expect(Number((incidentTops[0] ?? '').replace(/\./g, ''))).toBeGreaterThanOrEqual(busiest);
  const patrolTops = await topTicks(page, 'patrols');
  expect(new Set(patrolTops).size).toBe(1);
  expect(await topTicks(page, 'mediation')).toEqual(wards.map(() => '100%'));
});

test('three wards picked with the search, typed without diacritics', async ({ page, openApp }) => {
  await openApp('/compare');
  await expect(page.getByText('Hãy chọn ít nhất 2 địa bàn để so sánh.')).toBeVisible();
  const search = page.getByLabel('Tìm địa bàn để thêm');
  for (const w of wards) {
    await search.fill(fold(w.name).toLowerCase());
    await page
      .getByTestId('picker-results')
      .getByRole('button', { name: new RegExp(`${w.name}.*${district.name}`) })
      .click();
  }
  await expect(page).toHaveURL(new RegExp(`areas=${wards.map((w) => w.id).join('%2C')}`));
  await expect(page.getByTestId('picked-areas').getByRole('listitem')).toHaveText(
    wards.map((w) => new RegExp(w.name)),
  );
  await expectKpiTable(page);
});

test('the compare view passes an accessibility scan', async ({ page, openApp }) => {
  await openApp(`/compare?areas=${wards.map((w) => w.id).join(',')}`);
  await expect(page.getByTestId('compare-table')).toBeVisible();
  await expect(page.getByTestId('small-multiple').first().locator('.recharts-wrapper')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
