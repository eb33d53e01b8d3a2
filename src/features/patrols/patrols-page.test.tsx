// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Patrol } from '../../api/schemas';
import { formatters } from '../../i18n/format';
import { renderApp } from '../../test/render-app';
import { setupMockApi } from '../../test/mock-api';

const { dataset } = setupMockApi();
const fmt = formatters('en');
const PERIOD = { from: '2025-11', to: '2026-10' };
const district = dataset.areas.find((a) => a.level === 'district');
if (!district) throw new Error('the data set needs a district');

function wardsOf(areaId: string): number[] {
  const i = dataset.tree.indexById.get(areaId) ?? -1;
  const out: number[] = [];
  for (let w = dataset.tree.wardStart[i] ?? 0; w < (dataset.tree.wardEnd[i] ?? 0); w++) out.push(w);
  return out;
}

function patrolsOf(areaId: string, from = PERIOD.from, to = PERIOD.to): Patrol[] {
  return wardsOf(areaId).flatMap((w) => {
    const out: Patrol[] = [];
    for (let m = dataset.monthIndex(from); m <= dataset.monthIndex(to); m++)
      out.push(...dataset.patrols(w, m));
    return out;
  });
}

const rowIds = () =>
  within(screen.getByTestId('patrols-table'))
    .getAllByRole('row')
    .slice(1)
    .map((r) => r.getAttribute('data-row-id'));

describe('Patrols page', () => {
  it('shows the period’s patrols against a year earlier, the day / night split and per-group figures', async () => {
    const now = patrolsOf(district.id);
    const before = patrolsOf(district.id, '2024-11', '2025-10');
    // Per group: per active group of the types that patrol, not per group of every type.
    const patrolling = dataset
      .groups()
      .filter(
        (g) =>
          g.wardId.startsWith(district.id) &&
          g.status === 'active' &&
          (g.type === 'security_order' || g.type === 'people_patrol'),
      );
    renderApp(`/patrols?lang=en&area=${district.id}`);
    expect(await screen.findByTestId('kpi-patrols-value')).toHaveTextContent(fmt.number(now.length));
    expect(screen.getByTestId('kpi-patrols')).toHaveTextContent(fmt.number(before.length));
    const hours = now.reduce((s, p) => s + p.durationMinutes, 0) / 60;
    expect(screen.getByTestId('kpi-hours-value')).toHaveTextContent(fmt.number(hours, 1));
    const findings = now.reduce((s, p) => s + p.findings, 0);
    expect(screen.getByTestId('kpi-findings-value')).toHaveTextContent(fmt.number(findings / now.length, 2));
    await waitFor(() =>
      expect(screen.getByTestId('kpi-per-group-value')).toHaveTextContent(
        fmt.number(now.length / patrolling.length, 1),
      ),
    );

    const day = now.filter((p) => p.shift === 'day').length;
    expect(await screen.findByTestId('shift-day-value')).toHaveTextContent(fmt.percent(day / now.length));
    expect(screen.getByTestId('shift-night-detail')).toHaveTextContent(
      `${fmt.number(now.length - day)} / ${fmt.number(now.length)}`,
    );

    const table = await screen.findByTestId('area-patrols-table');
    for (const ward of dataset.areas.filter((a) => a.parentId === district.id)) {
      const row = table.querySelector(`[data-area-id="${ward.id}"]`) as HTMLElement;
      expect(within(row).getAllByRole('cell')[0]).toHaveTextContent(fmt.number(patrolsOf(ward.id).length));
    }
  });

  it('has the monthly patrols of the period and a year earlier in the chart’s table', async () => {
    renderApp(`/patrols?lang=en&area=${district.id}`);
    const table = await screen.findByTestId('monthly-patrols-table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(12);
    const cells = within(rows[0] as HTMLElement).getAllByRole('cell');
    expect(cells[0]).toHaveTextContent(fmt.number(patrolsOf(district.id, '2025-11', '2025-11').length));
    expect(cells[2]).toHaveTextContent(fmt.number(patrolsOf(district.id, '2024-11', '2024-11').length));
  });

  it('filters, sorts and pages the patrol log on the server', async () => {
    const expected = patrolsOf(district.id)
      .filter((p) => p.shift === 'night')
      .sort((a, b) => b.durationMinutes - a.durationMinutes || (a.id < b.id ? -1 : 1));
    const { router } = renderApp(
      `/patrols?lang=en&area=${district.id}&shift=night&sort=-durationMinutes&page=2&pageSize=25`,
    );
    await waitFor(() => expect(rowIds()).toEqual(expected.slice(25, 50).map((p) => p.id)));
    expect(screen.getByTestId('patrols-table-pager-range')).toHaveTextContent(
      `Rows 26–50 of ${fmt.number(expected.length)}`,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Previous page' }));
    expect(router.state.location.search).not.toHaveProperty('page');
    await waitFor(() => expect(rowIds()).toEqual(expected.slice(0, 25).map((p) => p.id)));
  });

  it('filters by group once a ward is chosen, showing group names', async () => {
    const ward = dataset.areas.find((a) => a.parentId === district.id);
    const w = dataset.wardIndex(ward?.id ?? '');
    const patrols = patrolsOf(ward?.id ?? '');
    const groupId = patrols[0]?.groupId ?? '';
    const group = dataset.wardGroups(w).find((g) => g.id === groupId);
    const expected = patrols
      .filter((p) => p.groupId === groupId)
      .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.id < b.id ? -1 : 1));
    const { router } = renderApp(`/patrols?lang=en&area=${district.id}`);
    const groupSelect = await screen.findByRole('combobox', { name: 'Group' });
    expect(groupSelect).toBeDisabled();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Sub-area' }), ward?.id ?? '');
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Group' })).toBeEnabled());
    await screen.findByRole('option', { name: group?.name ?? '?' });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Group' }), groupId);
    expect(router.state.location.search).toMatchObject({ in: ward?.id, group: groupId });
    await waitFor(() => expect(rowIds()).toEqual(expected.slice(0, 50).map((p) => p.id)));
    expect(within(screen.getByTestId('patrols-table')).getAllByText(group?.name ?? '?').length).toBe(
      Math.min(50, expected.length),
    );
  });
});
