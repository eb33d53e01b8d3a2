// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { formatters } from '../../i18n/format';
import { renderApp } from '../../test/render-app';
import { setupMockApi } from '../../test/mock-api';

const { dataset, server } = setupMockApi();
const fmt = formatters('en');

/** Root incidents over a period, summed from the generator's per-ward data. */
function rootIncidents(from: string, to: string) {
  let sum = 0;
  for (let m = dataset.monthIndex(from); m <= dataset.monthIndex(to); m++) {
    for (let w = 0; w < dataset.wards.length; w++) sum += dataset.wardMonthly(w).incidentTotal[m] ?? 0;
  }
  return sum;
}

describe('Overview page', () => {
  it('shows the province figures with the prior-year comparison', async () => {
    renderApp('/?lang=en');
    const value = await screen.findByTestId('kpi-incidents-value');
    expect(value).toHaveTextContent(fmt.number(rootIncidents('2025-11', '2026-10')));
    const change = within(screen.getByTestId('kpi-incidents')).getByTestId('change');
    expect(change).toHaveTextContent(fmt.number(rootIncidents('2024-11', '2025-10')));
    expect(screen.getByTestId('demo-badge')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(`Overview: ${dataset.root.name}`);
  });

  it('keeps other panels working when one endpoint fails, and retries', async () => {
    let calls = 0;
    server.use(
      http.get('*/api/v1/stats/patrols', () => {
        calls++;
        return HttpResponse.json({ title: 'Service Unavailable', status: 503 }, { status: 503 });
      }),
    );
    renderApp('/?lang=en');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'The server is unavailable for now (HTTP 503). The server says: Service Unavailable',
    );
    expect(await screen.findByTestId('kpi-incidents-value')).toBeInTheDocument();
    expect(screen.queryByTestId('kpi-patrols-value')).not.toBeInTheDocument();

    server.resetHandlers();
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByTestId('kpi-patrols-value')).toBeInTheDocument();
    expect(calls).toBe(1);
  });

  it('names the invalid field of a malformed response', async () => {
    server.use(
      http.get('*/api/v1/stats/groups', () =>
        HttpResponse.json({ items: [{ areaId: dataset.root.id, activeGroups: 'many' }] }),
      ),
    );
    renderApp('/?lang=en');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('items[0].activeGroups');
    expect(screen.queryByTestId('kpi-active-groups-value')).not.toBeInTheDocument();
  });

  it('shows an empty state when the area has no incident rows, and zero incidents', async () => {
    server.use(http.get('*/api/v1/stats/incidents', () => HttpResponse.json({ items: [] })));
    renderApp('/?lang=en');
    expect(await screen.findByText('No data for this area and period.')).toBeInTheDocument();
    expect(screen.getByTestId('kpi-incidents-value')).toHaveTextContent('0');
    expect(within(screen.getByTestId('kpi-incidents')).getByTestId('change')).toHaveTextContent('No change');
  });

  it('shows a loading state first', async () => {
    server.use(
      http.get('*/api/v1/stats/mediation', async () => {
        await new Promise((r) => setTimeout(r, 200));
        return HttpResponse.json({ items: [] });
      }),
    );
    renderApp('/?lang=en');
    await waitFor(() => expect(screen.getAllByRole('status').length).toBeGreaterThan(0));
    expect(await screen.findByText('No closed cases')).toBeInTheDocument();
  });
});
