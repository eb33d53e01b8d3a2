// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { formatters } from '../../i18n/format';
import { renderApp } from '../../test/render-app';
import { setupMockApi } from '../../test/mock-api';

const { dataset, server } = setupMockApi();
const fmt = formatters('en');

const district = dataset.areas.find((a) => a.level === 'district');
if (!district) throw new Error('no district');
const wards = dataset.areas.filter((a) => a.parentId === district.id);

/** The district's incidents in a month, summed from the generator's raw per-ward data. */
function incidentsIn(month: string) {
  const i = dataset.tree.indexById.get(district?.id ?? '') ?? -1;
  const m = dataset.monthIndex(month);
  let sum = 0;
  for (let w = dataset.tree.wardStart[i] ?? 0; w < (dataset.tree.wardEnd[i] ?? 0); w++)
    sum += dataset.wardMonthly(w).incidentTotal[m] ?? 0;
  return sum;
}

describe('Area detail page', () => {
  it('shows breadcrumbs from the root, the monthly incidents table and the ranking of the children', async () => {
    renderApp(`/area?lang=en&area=${district.id}`);
    const crumbs = await screen.findByTestId('breadcrumbs');
    expect(within(crumbs).getByRole('link', { name: dataset.root.name })).toBeInTheDocument();
    expect(within(crumbs).getByText(district.name)).toHaveAttribute('aria-current', 'page');

    const table = await screen.findByTestId('area-incidents-table');
    const rows = table.querySelectorAll('tbody tr');
    expect(rows).toHaveLength(12);
    const months = [
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
    ];
    months.forEach((month, i) => {
      const cells = rows[i]?.querySelectorAll('td');
      expect(cells?.[0]).toHaveTextContent(fmt.number(incidentsIn(month)));
      expect(cells?.[1]).toHaveTextContent(
        fmt.number(incidentsIn(`${Number(month.slice(0, 4)) - 1}${month.slice(4)}`)),
      );
    });

    await screen.findByTestId('ranking-table');
    await waitFor(() =>
      expect(document.querySelectorAll('[data-testid="ranking-table"] tbody tr')).toHaveLength(wards.length),
    );
  });

  it('keeps the other panels when the patrol data fails, and says what failed', async () => {
    server.use(
      http.get('*/api/v1/stats/patrols', () =>
        HttpResponse.json({ title: 'Service Unavailable', status: 503 }, { status: 503 }),
      ),
    );
    renderApp(`/area?lang=en&area=${district.id}`);
    expect((await screen.findAllByRole('alert'))[0]).toHaveTextContent(
      'The server is unavailable for now (HTTP 503). The server says: Service Unavailable',
    );
    expect(await screen.findByTestId('kpi-active-groups-value', {}, { timeout: 8000 })).toBeInTheDocument();
    expect(screen.getByTestId('breadcrumbs')).toBeInTheDocument();
  });
});
