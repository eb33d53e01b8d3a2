// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { generateDataset, OUTCOME_ORDER, type Dataset } from '../../../mocks/generator';
import { createMockServer } from '../../../mocks/node';
import { formatters } from '../../i18n/format';
import { renderApp } from '../../test/render-app';
import { setupMockApi } from '../../test/mock-api';

const { dataset, server } = setupMockApi();
const fmt = formatters('en');

afterEach(() => localStorage.clear());

/** Sums a per-ward-month figure of an area's wards over [from, to], from the generator's raw data. */
function sum(ds: Dataset, areaId: string, from: string, to: string, pick: (w: number, m: number) => number) {
  const i = ds.tree.indexById.get(areaId) ?? -1;
  let total = 0;
  for (let w = ds.tree.wardStart[i] ?? 0; w < (ds.tree.wardEnd[i] ?? 0); w++)
    for (let m = ds.monthIndex(from); m <= ds.monthIndex(to); m++) total += pick(w, m);
  return total;
}
const incidents = (w: number, m: number) => dataset.wardMonthly(w).incidentTotal[m] ?? 0;
const outcome = (o: (typeof OUTCOME_ORDER)[number]) => (w: number, m: number) =>
  dataset.wardMonthly(w).outcomes[m * OUTCOME_ORDER.length + OUTCOME_ORDER.indexOf(o)] ?? 0;

const district = dataset.areas.find((a) => a.level === 'district');
if (!district) throw new Error('no district');
const wards = dataset.areas.filter((a) => a.parentId === district.id);

const rowOf = (id: string) => {
  const row = document.querySelector(`[data-testid="ranking-table"] tbody tr[data-row-id="${id}"]`);
  if (!row) throw new Error(`no row ${id}`);
  return row as HTMLElement;
};
const cell = (row: HTMLElement, column: string) => row.querySelector(`[data-column="${column}"]`);

describe('Wards page', () => {
  it('ranks the wards of a district with figures from the data, and a totals row', async () => {
    renderApp(`/wards?lang=en&area=${district.id}`);
    await screen.findByTestId('ranking-table');
    await waitFor(() =>
      expect(document.querySelectorAll('[data-testid="ranking-table"] tbody tr')).toHaveLength(wards.length),
    );

    const ward = wards[0];
    if (!ward) throw new Error('no ward');
    const row = rowOf(ward.id);
    const now = sum(dataset, ward.id, '2025-11', '2026-10', incidents);
    const before = sum(dataset, ward.id, '2024-11', '2025-10', incidents);
    const resolved = sum(dataset, ward.id, '2025-11', '2026-10', outcome('resolved'));
    const closed =
      resolved +
      sum(dataset, ward.id, '2025-11', '2026-10', outcome('referred')) +
      sum(dataset, ward.id, '2025-11', '2026-10', outcome('unresolved'));
    expect(cell(row, 'name')).toHaveTextContent(ward.name);
    expect(cell(row, 'incidents')).toHaveTextContent(fmt.number(now));
    expect(cell(row, 'prior')).toHaveTextContent(fmt.number(before));
    expect(cell(row, 'rate')).toHaveTextContent(fmt.number((now / ward.population) * 10_000, 1));
    expect(cell(row, 'mediation')).toHaveTextContent(`${fmt.number(resolved)} / ${fmt.number(closed)}`);
    expect(within(row).getByRole('link', { name: ward.name })).toHaveAttribute(
      'href',
      expect.stringContaining(`/area?area=${ward.id}`),
    );

    const totals = document.querySelector('[data-testid="ranking-table"] tfoot tr') as HTMLElement;
    expect(cell(totals, 'name')).toHaveTextContent(`Total: ${district.name}`);
    expect(cell(totals, 'incidents')).toHaveTextContent(
      fmt.number(sum(dataset, district.id, '2025-11', '2026-10', incidents)),
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(district.name);

    // One rendering per figure (tests/one-rendering-per-figure.test.ts): the shared ranking, whose
    // change, verdict and coverage cells are the shared components the deck and the report use.
    const table = screen.getByTestId('ranking-table');
    expect(table.closest('[data-figure="ranking"]')).toHaveAttribute('data-density', 'screen');
    expect(row.querySelector('[data-column="change"] [data-figure="change"]')).not.toBeNull();
    expect(row.querySelector('[data-column="incidentTarget"] [data-figure="target-verdict"]')).not.toBeNull();
    expect(row.querySelector('[data-column="coverage"] [data-figure="coverage"]')).not.toBeNull();
  });

  it('ranks districts under the province, rank 1 the lowest rate', async () => {
    renderApp('/wards?lang=en');
    await screen.findByTestId('ranking-table');
    const districts = dataset.areas.filter((a) => a.parentId === dataset.root.id);
    const rates = districts
      .map((d) => ({ id: d.id, rate: sum(dataset, d.id, '2025-11', '2026-10', incidents) / d.population }))
      .sort((a, b) => a.rate - b.rate);
    await waitFor(() =>
      expect(document.querySelectorAll('[data-testid="ranking-table"] tbody tr')).toHaveLength(
        districts.length,
      ),
    );
    const first = document.querySelector('[data-testid="ranking-table"] tbody tr');
    expect(first).toHaveAttribute('data-row-id', rates[0]?.id);
    expect(cell(first as HTMLElement, 'rank')).toHaveTextContent(/^1/);
  });

  it('keeps sort, filter and hidden columns in the URL', async () => {
    const user = userEvent.setup();
    const { router } = renderApp(`/wards?lang=en&area=${district.id}`);
    await screen.findByTestId('ranking-table');
    await waitFor(() => expect(screen.getAllByTestId('area-link').length).toBeGreaterThan(1));
    await user.click(screen.getByRole('button', { name: 'Population' }));
    await waitFor(() => expect(router.state.location.search).toMatchObject({ sort: 'population.desc' }));
    // The rows follow the URL in a deferred render: wait for them rather than read them at once.
    await waitFor(() => {
      const pops = [
        ...document.querySelectorAll('[data-testid="ranking-table"] tbody [data-column="population"]'),
      ].map((c) => Number(c.textContent?.replace(/,/g, '')));
      expect(pops).toEqual([...pops].sort((a, b) => b - a));
    });

    await user.type(screen.getByLabelText('Filter by name'), 'x');
    await waitFor(() => expect(router.state.location.search).toMatchObject({ q: 'x' }));

    await user.click(screen.getByText('Columns', { selector: 'summary' }));
    await user.click(screen.getByRole('checkbox', { name: 'Cameras' }));
    await waitFor(() => expect(router.state.location.search).toMatchObject({ cols: 'cameras' }));
    expect(screen.queryByRole('columnheader', { name: 'Cameras' })).toBeNull();
  });

  it('writes the rows ticked for comparison to the URL and links to Compare', async () => {
    const user = userEvent.setup();
    const { router } = renderApp(`/wards?lang=en&area=${district.id}`);
    await screen.findByTestId('ranking-table');
    const [a, b] = wards;
    if (!a || !b) throw new Error('need two wards');
    await user.click(await screen.findByRole('checkbox', { name: `Add ${a.name} to the comparison` }));
    await user.click(screen.getByRole('checkbox', { name: `Add ${b.name} to the comparison` }));
    await waitFor(() => expect(router.state.location.search).toMatchObject({ areas: `${a.id},${b.id}` }));
    const link = screen.getByRole('link', { name: 'Compare the 2 selected' });
    expect(link.getAttribute('href')).toContain(`areas=${encodeURIComponent(`${a.id},${b.id}`)}`);
  });

  it('says a ward has nothing to rank and links to its detail', async () => {
    const ward = wards[0];
    if (!ward) throw new Error('no ward');
    renderApp(`/wards?lang=en&area=${ward.id}`);
    expect(
      await screen.findByText(`${ward.name} is a ward or commune: it has no smaller areas to rank.`),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: `Open the detail of ${ward.name}` })).toHaveAttribute(
      'href',
      expect.stringContaining(`area=${ward.id}`),
    );
  });

  it('saves the targets and judges the rows against them', async () => {
    const user = userEvent.setup();
    renderApp(`/wards?lang=en&area=${district.id}`);
    await screen.findByTestId('ranking-table');
    const notMet = () =>
      [...document.querySelectorAll('[data-testid="ranking-table"] tbody [data-column="mediation"]')].filter(
        (c) => c.textContent?.includes('Target not met'),
      ).length;
    await waitFor(() => expect(notMet()).toBeGreaterThan(0));
    await user.click(screen.getByText('Targets'));
    const field = screen.getByLabelText('Local mediation resolution rate, at least (%)');
    await user.clear(field);
    await user.type(field, '0');
    await user.click(screen.getByRole('button', { name: 'Save targets' }));
    expect(await screen.findByText('Targets saved.')).toBeInTheDocument();
    // Every ward with closed cases now meets a 0 % target.
    await waitFor(() => expect(notMet()).toBe(0));
    await user.clear(field);
    await user.type(field, '120');
    await user.click(screen.getByRole('button', { name: 'Save targets' }));
    expect(screen.getByText('Enter percentages between 0 and 100.')).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'true');
  });
});

describe('Wards page on today’s tree (no district level since the 2025 reform)', () => {
  it('lists the communes, wards and special zone directly under the province, named as such', async () => {
    const flat = generateDataset({ asOf: '2026-10', shape: 'reformed' });
    server.use(...createMockServer({ dataset: flat }).listHandlers());
    renderApp('/wards?lang=en');
    const table = await screen.findByTestId('ranking-table');
    const children = flat.areas.filter((a) => a.parentId === flat.root.id);
    expect(children.every((a) => a.level === 'ward')).toBe(true);
    await waitFor(() => expect(table.querySelectorAll('tbody tr')).toHaveLength(children.length), {
      timeout: 10_000,
    });
    expect(
      screen.getByRole('heading', { level: 2, name: /^Communes, wards and special zones of Tỉnh Bình An/ }),
    ).toBeInTheDocument();
  });
});
