// @vitest-environment jsdom
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { INCIDENT_CATEGORY_COUNT } from '../../../mocks/generator';
import { incidentCategories } from '../../api/schemas';
import { formatters } from '../../i18n/format';
import { renderApp } from '../../test/render-app';
import { setupMockApi } from '../../test/mock-api';
import { reportingMessages } from '../../i18n/messages/views/reporting';

const { dataset, server } = setupMockApi();
const fmt = formatters('en');
// The child-area request spans the whole history; on a loaded test machine it takes a while.
configure({ asyncUtilTimeout: 5000 });

/** Incidents of an area's wards over [from, to], of one category or all, from the generator's raw data. */
function incidents(areaId: string, from: string, to: string, category?: number): number {
  const i = dataset.tree.indexById.get(areaId);
  if (i === undefined) throw new Error(`no area ${areaId}`);
  let sum = 0;
  for (let m = dataset.monthIndex(from); m <= dataset.monthIndex(to); m++) {
    for (let w = dataset.tree.wardStart[i] ?? 0; w < (dataset.tree.wardEnd[i] ?? 0); w++) {
      const wm = dataset.wardMonthly(w);
      if (category === undefined) sum += wm.incidentTotal[m] ?? 0;
      else sum += wm.incidents[m * INCIDENT_CATEGORY_COUNT + category] ?? 0;
    }
  }
  return sum;
}

const district = dataset.areas.find((a) => a.level === 'district');
const ward = dataset.areas.find((a) => a.level === 'ward');

describe('Incidents page', () => {
  it('shows the change per category of the province as the generator implies', async () => {
    renderApp('/incidents?lang=en');
    const table = await screen.findByTestId('category-changes');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(`Incidents: ${dataset.root.name}`);
    for (const [c, category] of incidentCategories.entries()) {
      const row = table.querySelector(`tr[data-category="${category}"]`);
      if (!(row instanceof HTMLElement)) throw new Error(`no row for ${category}`);
      const cells = within(row).getAllByRole('cell');
      expect(cells[0]).toHaveTextContent(fmt.number(incidents(dataset.root.id, '2025-11', '2026-10', c)));
      expect(cells[1]).toHaveTextContent(fmt.number(incidents(dataset.root.id, '2024-11', '2025-10', c)));
      // The shared change cell (tests/one-rendering-per-figure.test.ts), as the deck and the report draw it.
      expect(cells[2]?.querySelector('[data-figure="change"]')).not.toBeNull();
    }
    const total = table.querySelector('tr[data-category="total"]');
    if (!(total instanceof HTMLElement)) throw new Error('no total row');
    const now = incidents(dataset.root.id, '2025-11', '2026-10');
    const before = incidents(dataset.root.id, '2024-11', '2025-10');
    expect(within(total).getAllByRole('cell')[0]).toHaveTextContent(fmt.number(now));
    expect(within(total).getByTestId('change')).toHaveTextContent(
      `${now < before ? 'Down' : 'Up'} ${fmt.percentAbs((now - before) / before)}`,
    );
  });

  it('shows a heat table of the district’s wards with every count', async () => {
    if (!district) throw new Error('no district');
    renderApp(`/incidents?lang=en&area=${district.id}`);
    const table = await screen.findByTestId('heat-table');
    const wards = dataset.areas.filter((a) => a.parentId === district.id);
    expect(within(table).getAllByRole('row')).toHaveLength(wards.length + 1);
    for (const w of wards.slice(0, 3)) {
      const cell = table.querySelector(
        `tr[data-area="${w.id}"] td[data-month="2026-03"] [data-testid="heat-count"]`,
      );
      expect(cell).toHaveTextContent(fmt.number(incidents(w.id, '2026-03', '2026-03')));
    }
    // Every flagged cell explains its symbol to screen readers.
    for (const flagged of table.querySelectorAll('td[data-flag]')) {
      expect(flagged.querySelector('.sr-only')?.textContent).toMatch(/usual range/);
    }
  });

  it('focuses one category from the URL and from the selector', async () => {
    renderApp('/incidents?lang=en&cat=drugs');
    const select = await screen.findByLabelText('Incident category');
    expect(select).toHaveValue('drugs');
    expect(await screen.findByRole('heading', { name: 'Drugs: incidents by month' })).toBeInTheDocument();
    await userEvent.selectOptions(select, 'fire');
    expect(
      await screen.findByRole('heading', { name: 'Fire and explosion: incidents by month' }),
    ).toBeInTheDocument();
    await userEvent.selectOptions(select, '');
    expect(
      await screen.findByRole('heading', { name: 'Incidents by month and category' }),
    ).toBeInTheDocument();
  });

  it('ignores an unknown category in the URL', async () => {
    renderApp('/incidents?lang=en&cat=aliens');
    expect(await screen.findByLabelText('Incident category')).toHaveValue('');
  });

  it('says a ward has no sub-areas instead of empty lists', async () => {
    if (!ward) throw new Error('no ward');
    renderApp(`/incidents?lang=en&area=${ward.id}`);
    expect(await screen.findByTestId('category-changes')).toBeInTheDocument();
    const notes = await screen.findAllByText(`${ward.name} has no sub-areas to compare.`);
    expect(notes).toHaveLength(3);
  });

  it('keeps the category table when the child-area request fails, and retries it', async () => {
    let failures = 0;
    server.use(
      http.get('*/api/v1/stats/incidents', ({ request }) => {
        if (new URL(request.url).searchParams.get('level') !== 'district') return undefined;
        failures++;
        return HttpResponse.json({ title: 'Service Unavailable', status: 503 }, { status: 503 });
      }),
    );
    renderApp('/incidents?lang=en');
    expect(await screen.findByTestId('category-changes')).toBeInTheDocument();
    await waitFor(() => expect(screen.getAllByRole('alert')).toHaveLength(3));
    expect(screen.queryByTestId('heat-table')).not.toBeInTheDocument();

    server.resetHandlers();
    await userEvent.click(
      within(screen.getAllByRole('alert')[0] as HTMLElement).getByRole('button', { name: 'Retry' }),
    );
    expect(await screen.findByTestId('heat-table')).toBeInTheDocument();
    expect(failures).toBe(1);
  });

  it('downloads the change per category and the heat table as CSV with plain numbers', async () => {
    if (!district) throw new Error('no district');
    const user = userEvent.setup();
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const csvLines = async (i: number) => {
      const bytes = new Uint8Array((await blobs[i]?.arrayBuffer()) ?? new ArrayBuffer(0));
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      return new TextDecoder().decode(bytes).split('\r\n');
    };
    renderApp(`/incidents?lang=en&area=${district.id}`);
    await screen.findByTestId('heat-table');

    await user.click(
      screen.getByRole('button', { name: /^Download the table Incidents by category.* as CSV$/ }),
    );
    await waitFor(() => expect(click).toHaveBeenCalledTimes(1));
    const changes = await csvLines(0);
    // Header, categories, total, the demo note and the final line break.
    expect(changes).toHaveLength(incidentCategories.length + 4);
    expect(changes.at(-2)).toBe(reportingMessages.en['demoNote.export']);
    const now = incidents(district.id, '2025-11', '2026-10');
    const before = incidents(district.id, '2024-11', '2025-10');
    expect(changes[incidentCategories.length + 1]).toBe(
      `All categories,${now},${before},${before === 0 ? '' : String((now - before) / before)}`,
    );

    await user.click(screen.getByRole('button', { name: /Incidents by area and month as CSV/ }));
    await waitFor(() => expect(click).toHaveBeenCalledTimes(2));
    const heat = await csvLines(1);
    const header = (heat[0] ?? '').split(',');
    const wards = dataset.areas.filter((a) => a.parentId === district.id);
    expect(heat).toHaveLength(wards.length + 3);
    for (const w of wards.slice(0, 3)) {
      const line = heat.find((l) => l.startsWith(`${w.name},`)) ?? '';
      const fields = line.split(',');
      expect(fields[header.indexOf('2026-03')]).toBe(String(incidents(w.id, '2026-03', '2026-03')));
    }
    vi.restoreAllMocks();
  });
});
