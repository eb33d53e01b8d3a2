// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { MediationCase } from '../../api/schemas';
import { formatters } from '../../i18n/format';
import { renderApp } from '../../test/render-app';
import { setupMockApi } from '../../test/mock-api';

const { dataset } = setupMockApi();
const fmt = formatters('en');
const PERIOD = { from: '2025-11', to: '2026-10' };

/** Every case received in the area in the period, straight from the generator. */
function casesOf(areaId: string): MediationCase[] {
  const i = dataset.tree.indexById.get(areaId) ?? -1;
  const out: MediationCase[] = [];
  for (let w = dataset.tree.wardStart[i] ?? 0; w < (dataset.tree.wardEnd[i] ?? 0); w++) {
    for (let m = dataset.monthIndex(PERIOD.from); m <= dataset.monthIndex(PERIOD.to); m++) {
      out.push(...dataset.mediationCases(w, m));
    }
  }
  return out;
}

const rateOf = (cases: MediationCase[]) => {
  const resolved = cases.filter((c) => c.outcome === 'resolved').length;
  const closed = cases.filter((c) => c.outcome !== 'pending').length;
  return { resolved, closed };
};

const rowIds = (testId: string) =>
  within(screen.getByTestId(testId))
    .getAllByRole('row')
    .slice(1)
    .map((r) => r.getAttribute('data-row-id'));

describe('Mediation page', () => {
  it('shows the period’s cases and rate, and each district’s rate with n / N', async () => {
    const all = casesOf(dataset.root.id);
    const { resolved, closed } = rateOf(all);
    renderApp('/mediation?lang=en');
    expect(await screen.findByTestId('kpi-received-value')).toHaveTextContent(fmt.number(all.length));
    expect(screen.getByTestId('kpi-rate-value')).toHaveTextContent(fmt.percent(resolved / closed));
    expect(screen.getByTestId('kpi-pending-value')).toHaveTextContent(
      fmt.number(all.filter((c) => c.outcome === 'pending').length),
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      `Grassroots mediation: ${dataset.root.name}`,
    );

    const table = await screen.findByTestId('area-rates-table');
    const districts = dataset.areas.filter((a) => a.parentId === dataset.root.id);
    expect(within(table).getAllByRole('row')).toHaveLength(districts.length + 1);
    for (const d of districts) {
      const row = table.querySelector(`[data-area-id="${d.id}"]`);
      if (!(row instanceof HTMLElement)) throw new Error(`no row for ${d.id}`);
      const r = rateOf(casesOf(d.id));
      const cells = within(row).getAllByRole('cell');
      expect(cells[0]).toHaveTextContent(fmt.number(casesOf(d.id).length));
      expect(cells[1]).toHaveTextContent(fmt.number(r.resolved));
      expect(cells[2]).toHaveTextContent(fmt.number(r.closed));
      expect(cells[3]).toHaveTextContent(
        `${fmt.percent(r.resolved / r.closed)} (${fmt.number(r.resolved)} / ${fmt.number(r.closed)})`,
      );
      expect(cells[5]).toHaveTextContent(r.resolved / r.closed >= 0.8 ? 'Target met' : 'Target not met');
      // The shared verdict (tests/one-rendering-per-figure.test.ts), as the deck and the report draw it.
      expect(cells[5]?.querySelector('[data-figure="target-verdict"]')).toHaveAttribute(
        'data-met',
        String(r.resolved / r.closed >= 0.8),
      );
    }
    expect(screen.getByTestId('kpi-rate').querySelector('[data-figure="target-verdict"]')).toHaveTextContent(
      'Target of at least 80%',
    );
  });

  it('counts each category’s cases by outcome (the chart’s table)', async () => {
    const all = casesOf(dataset.root.id);
    renderApp('/mediation?lang=en');
    const table = await screen.findByTestId('category-table');
    const rows = within(table).getAllByRole('row').slice(1);
    const land = all.filter((c) => c.category === 'land');
    expect(rows[0]).toHaveTextContent('Land');
    const cells = within(rows[0] as HTMLElement).getAllByRole('cell');
    expect(cells[0]).toHaveTextContent(fmt.number(land.length));
    expect(cells[1]).toHaveTextContent(fmt.number(land.filter((c) => c.outcome === 'resolved').length));
    expect(cells[2]).toHaveTextContent(fmt.number(land.filter((c) => c.outcome === 'referred').length));
    expect(cells[4]).toHaveTextContent(fmt.number(land.filter((c) => c.outcome === 'pending').length));
  });

  it('pages, filters and sorts the case register on the server from the URL', async () => {
    const expected = casesOf(dataset.root.id)
      .filter((c) => c.outcome === 'referred')
      .sort((a, b) =>
        a.receivedOn < b.receivedOn ? 1 : a.receivedOn > b.receivedOn ? -1 : a.id < b.id ? -1 : 1,
      );
    const { router } = renderApp('/mediation?lang=en&outcome=referred&page=2&pageSize=25');
    await waitFor(() => expect(rowIds('cases-table')).toEqual(expected.slice(25, 50).map((c) => c.id)));
    expect(screen.getByTestId('cases-table-pager-range')).toHaveTextContent(
      `Rows 26–50 of ${fmt.number(expected.length)}`,
    );
    expect(screen.getByRole('combobox', { name: 'Outcome' })).toHaveValue('referred');
    const first = expected[25];
    const row = screen.getByTestId('cases-table').querySelector(`[data-row-id="${first?.id}"]`);
    expect(row).toHaveTextContent('Referred');
    expect(row).toHaveTextContent(dataset.area(first?.wardId ?? '')?.name ?? '?');

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Category' }), 'land');
    // The URL holds plain strings; the route's schema turns them into numbers for the view.
    expect(router.state.location.search).toMatchObject({
      outcome: 'referred',
      category: 'land',
      pageSize: '25',
    });
    expect(router.state.location.search).not.toHaveProperty('page');
    const land = expected.filter((c) => c.category === 'land');
    await waitFor(() => expect(rowIds('cases-table')).toEqual(land.slice(0, 25).map((c) => c.id)));

    await userEvent.click(screen.getByRole('button', { name: /Received on/ }));
    expect(router.state.location.search).toMatchObject({ sort: 'receivedOn' });
    const ascending = [...land].sort((a, b) =>
      a.receivedOn < b.receivedOn ? -1 : a.receivedOn > b.receivedOn ? 1 : a.id < b.id ? -1 : 1,
    );
    await waitFor(() => expect(rowIds('cases-table')).toEqual(ascending.slice(0, 25).map((c) => c.id)));
  });

  it('narrows the register to an area inside the selected one and shows team names for a ward', async () => {
    const ward = dataset.wards[5]?.area;
    if (!ward) throw new Error('no ward');
    const expected = casesOf(ward.id).sort((a, b) =>
      a.receivedOn < b.receivedOn ? 1 : a.receivedOn > b.receivedOn ? -1 : a.id < b.id ? -1 : 1,
    );
    renderApp(`/mediation?lang=en&in=${ward.id}`);
    await waitFor(() => expect(rowIds('cases-table')).toEqual(expected.slice(0, 50).map((c) => c.id)));
    expect(screen.getByRole('combobox', { name: 'Sub-area' })).toHaveValue(ward.id);
    const team = dataset.wardGroups(5).find((g) => g.id === expected[0]?.groupId);
    await waitFor(() => expect(screen.getByTestId('cases-table')).toHaveTextContent(team?.name ?? '?'));
  });
});
