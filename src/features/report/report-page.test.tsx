// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { OUTCOME_ORDER } from '../../../mocks/generator';
import { formatters } from '../../i18n/format';
import { renderApp } from '../../test/render-app';
import { setupMockApi } from '../../test/mock-api';

const { dataset, server } = setupMockApi();
const fmt = formatters('en');
/** toHaveTextContent collapses whitespace (Intl puts thin spaces around the range dash). */
const squash = (s: string) => s.replace(/\s+/g, ' ');

const district = dataset.areas.find((a) => a.level === 'district');
if (!district) throw new Error('the data set has no district');
const children = dataset.areas.filter((a) => a.parentId === district.id);
const ward = children[0];
if (!ward) throw new Error('the district has no ward');

function wardsOf(areaId: string): [number, number] {
  const i = dataset.tree.indexById.get(areaId);
  if (i === undefined) throw new Error(`no area ${areaId}`);
  return [dataset.tree.wardStart[i] ?? 0, dataset.tree.wardEnd[i] ?? 0];
}

/** A figure of an area summed over months from the generator's per-ward data. */
function sum(areaId: string, from: string, to: string, pick: (w: number, m: number) => number) {
  const [start, end] = wardsOf(areaId);
  let total = 0;
  for (let m = dataset.monthIndex(from); m <= dataset.monthIndex(to); m++)
    for (let w = start; w < end; w++) total += pick(w, m);
  return total;
}
const incidents = (w: number, m: number) => dataset.wardMonthly(w).incidentTotal[m] ?? 0;
const outcome = (o: (typeof OUTCOME_ORDER)[number]) => (w: number, m: number) =>
  dataset.wardMonthly(w).outcomes[m * OUTCOME_ORDER.length + OUTCOME_ORDER.indexOf(o)] ?? 0;

function activeGroups(areaId: string) {
  const [start, end] = wardsOf(areaId);
  let n = 0;
  for (let w = start; w < end; w++) n += dataset.wardGroups(w).filter((g) => g.status === 'active').length;
  return n;
}

const url = (extra = '') => `/report?lang=en&area=${district.id}&period=2025${extra}`;

async function ready() {
  // The first report of the file also loads every section's module: on a loaded 2-core machine
  // that has taken over 5 s (the test's own timeout is 20 s).
  await waitFor(() => expect(screen.getByTestId('report')).toHaveAttribute('data-report-ready', 'true'), {
    timeout: 15_000,
  });
}

describe('Report', () => {
  it('heads the report with the area, the period, the comparison period and the as-of month', async () => {
    renderApp(url());
    expect(
      await screen.findByRole('heading', { level: 1, name: `Report: ${district.name}` }),
    ).toBeInTheDocument();
    // Named for its type, read from its name (this tree's districts are towns, cities and rural districts).
    const type = district.name.startsWith('Thành phố')
      ? 'Provincial city'
      : district.name.startsWith('Thị xã')
        ? 'District-level town'
        : 'Rural district';
    expect(screen.getByTestId('report-area')).toHaveTextContent(`${district.name} (${type})`);
    expect(screen.getByTestId('report-period')).toHaveTextContent(
      squash(fmt.monthRange('2025-01', '2025-12')),
    );
    expect(screen.getByTestId('report-comparison')).toHaveTextContent(
      squash(fmt.monthRange('2024-01', '2024-12')),
    );
    expect(screen.getByTestId('report-as-of')).toHaveTextContent(`end of ${fmt.month('2026-10')}`);
    await ready();
    // Every section is a <section> headed by an h2, in the report's order.
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Key figures',
      'Incidents by month against a year earlier',
      'Change by incident category',
      'Largest rises and falls in incidents',
      'Local mediation: resolution rate',
      'Self-management groups and coverage',
      'Patrols',
      'Ranking of sub-areas',
      'Map: incidents per 10,000 residents',
    ]);
  });

  it('shows the key figures the mock data implies', async () => {
    renderApp(url());
    await ready();
    const current = sum(district.id, '2025-01', '2025-12', incidents);
    const prior = sum(district.id, '2024-01', '2024-12', incidents);
    expect(screen.getByTestId('report-kpi-incidents-value')).toHaveTextContent(fmt.number(current));
    expect(within(screen.getByTestId('report-kpi-incidents')).getByTestId('change')).toHaveTextContent(
      fmt.number(prior),
    );
    const resolved = sum(district.id, '2025-01', '2025-12', outcome('resolved'));
    const closed =
      resolved +
      sum(district.id, '2025-01', '2025-12', outcome('referred')) +
      sum(district.id, '2025-01', '2025-12', outcome('unresolved'));
    expect(screen.getByTestId('report-kpi-mediation-value')).toHaveTextContent(
      fmt.percent(resolved / closed),
    );
    expect(screen.getByTestId('report-kpi-mediation-detail')).toHaveTextContent(
      `${fmt.number(resolved)} of ${fmt.number(closed)} closed cases`,
    );
    // The default target is 80 %: the verdict follows the rate, in words.
    expect(screen.getByTestId('report-mediation-target')).toHaveTextContent(
      resolved / closed >= 0.8 ? 'Target of at least 80%: met' : 'Target of at least 80%: not met',
    );
    expect(screen.getByTestId('report-kpi-groups-value')).toHaveTextContent(
      fmt.number(activeGroups(district.id)),
    );
  });

  it('lists the months against a year earlier and the category totals', async () => {
    renderApp(url());
    await ready();
    const rows = within(screen.getByTestId('report-monthly-table')).getAllByRole('row');
    // Header, twelve months, the total.
    expect(rows).toHaveLength(14);
    const january = within(rows[1] as HTMLElement).getAllByRole('cell');
    expect(january[0]).toHaveTextContent(fmt.number(sum(district.id, '2025-01', '2025-01', incidents)));
    expect(january[2]).toHaveTextContent(fmt.number(sum(district.id, '2024-01', '2024-01', incidents)));
    const total = screen.getByTestId('report-categories-table').querySelector('[data-category="total"]');
    expect(total).toHaveTextContent(fmt.number(sum(district.id, '2025-01', '2025-12', incidents)));
    expect(screen.getByTestId('report-monthly').querySelector('.recharts-surface')).not.toBeNull();
  });

  it('ranks every sub-area, with the district’s totals, and lists the largest moves', async () => {
    renderApp(url());
    await ready();
    const table = screen.getByTestId('report-ranking-table');
    expect(table.querySelectorAll('tbody tr')).toHaveLength(children.length);
    expect(table.querySelector('tbody tr')).toHaveAttribute('data-rank', '1');
    expect(table.querySelector('tfoot tr')).toHaveTextContent(`Total: ${district.name}`);
    // One rendering per figure (tests/one-rendering-per-figure.test.ts): the Wards table's ranking,
    // change cells, verdicts and coverage, in print density.
    expect(table.closest('[data-figure="ranking"]')).toHaveAttribute('data-density', 'print');
    for (const row of table.querySelectorAll('tbody tr')) {
      expect(row.querySelector('[data-column="change"] [data-figure="change"]')).not.toBeNull();
      expect(row.querySelector('[data-column="coverage"] [data-figure="coverage"]')).not.toBeNull();
    }
    expect(screen.getByTestId('report-incident-target')).toHaveAttribute('data-figure', 'target-verdict');
    expect(screen.getByTestId('report-mediation-target')).toHaveAttribute('data-figure', 'target-verdict');
    expect(
      screen.getByTestId('report-kpi-coverage').querySelector('[data-figure="coverage"]'),
    ).not.toBeNull();
    for (const id of ['report-rises', 'report-falls', 'report-categories-table'])
      for (const row of screen.getByTestId(id).querySelectorAll('tbody tr'))
        expect(row.querySelector('[data-figure="change"]'), id).not.toBeNull();
    const moved = [
      ...screen.getByTestId('report-rises').querySelectorAll('tbody tr'),
      ...screen.getByTestId('report-falls').querySelectorAll('tbody tr'),
    ];
    expect(moved.length).toBeGreaterThan(0);
    expect(moved.length).toBeLessThanOrEqual(10);
    for (const row of moved) {
      const id = row.getAttribute('data-area') ?? '';
      const now = sum(id, '2025-01', '2025-12', incidents);
      const before = sum(id, '2024-01', '2024-12', incidents);
      expect(within(row as HTMLElement).getAllByRole('cell')[0]).toHaveTextContent(fmt.number(now));
      expect(within(row as HTMLElement).getAllByRole('cell')[1]).toHaveTextContent(fmt.number(before));
    }
  });

  it('sets the @page rule from the orientation in the URL, and switches it', async () => {
    // The rule is a constructed stylesheet (a strict CSP refuses <style>): read what each adopted one holds.
    const replaced = vi.spyOn(CSSStyleSheet.prototype, 'replaceSync');
    const { router } = renderApp(url('&orientation=landscape'));
    await ready();
    const style = () =>
      document.adoptedStyleSheets
        .map((sheet) => replaced.mock.calls[replaced.mock.contexts.lastIndexOf(sheet)]?.[0] ?? '')
        .join('\n');
    expect(style()).toContain('size: A4 landscape;');
    expect(style()).toContain('counter(pages)');
    expect(style()).toContain(`"${district.name} · ${fmt.monthRange('2025-01', '2025-12')}"`);
    expect(screen.getByRole('radio', { name: 'Landscape' })).toBeChecked();

    await userEvent.click(screen.getByRole('radio', { name: 'Portrait' }));
    await waitFor(() => expect(style()).toContain('size: A4 portrait;'));
    expect(router.state.location.search).not.toHaveProperty('orientation');
  });

  it('prints with the browser once every section has loaded', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    renderApp(url());
    const button = await screen.findByRole('button', { name: /Print \/ Save as PDF/ });
    await ready();
    expect(button).toBeEnabled();
    await userEvent.click(button);
    expect(print).toHaveBeenCalledTimes(1);
    print.mockRestore();
  });

  it('keeps the other sections when one request fails, and retries it', async () => {
    let calls = 0;
    server.use(
      http.get('*/api/v1/stats/mediation', () => {
        calls++;
        return HttpResponse.json({ title: 'Service Unavailable', status: 503 }, { status: 503 });
      }),
    );
    renderApp(url());
    await ready();
    const mediation = screen.getByTestId('report-mediation');
    expect(within(mediation).getByRole('alert')).toHaveTextContent(
      'The server is unavailable for now (HTTP 503). The server says: Service Unavailable',
    );
    expect(screen.getByTestId('report-patrols-table')).toBeInTheDocument();
    expect(screen.getByTestId('report-categories-table')).toBeInTheDocument();
    const failedCalls = calls;

    server.resetHandlers();
    await userEvent.click(within(mediation).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByTestId('report-mediation-table')).toBeInTheDocument();
    expect(failedCalls).toBeGreaterThan(0);
  });

  it('shows loading states until the data arrives, and is not ready meanwhile', async () => {
    server.use(
      http.get('*/api/v1/stats/patrols', async () => {
        await new Promise((r) => setTimeout(r, 300));
        return HttpResponse.json({ items: [] });
      }),
    );
    renderApp(url());
    const patrols = await screen.findByTestId('report-patrols');
    expect(within(patrols).getByRole('status')).toHaveTextContent('Loading…');
    expect(screen.getByTestId('report')).toHaveAttribute('data-report-ready', 'false');
    expect(screen.getByRole('button', { name: /Print/ })).toBeDisabled();
    await ready();
    expect(screen.getByTestId('report-patrols-table')).toBeInTheDocument();
  });

  it('says a ward has no sub-areas to rank instead of an empty table', async () => {
    renderApp(`/report?lang=en&area=${ward.id}&period=2025`);
    await ready();
    expect(
      within(screen.getByTestId('report-ranking')).getByText(`${ward.name} has no sub-areas to compare.`),
    ).toBeInTheDocument();
    expect(
      within(screen.getByTestId('report-moves')).getByText(`${ward.name} has no sub-areas to compare.`),
    ).toBeInTheDocument();
  });

  it('says so when the area does not exist', async () => {
    renderApp('/report?lang=en&area=nowhere');
    expect(await screen.findByText('There is no area with the code “nowhere”.')).toBeInTheDocument();
  });
});
