// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { formatters } from '../../i18n/format';
import { foldText } from '../../lib/text';
import { renderApp } from '../../test/render-app';
import { setupMockApi } from '../../test/mock-api';
import { reportingMessages } from '../../i18n/messages/views/reporting';

const { dataset } = setupMockApi();
const fmt = formatters('en');

function incidents(areaId: string, from: string, to: string) {
  const i = dataset.tree.indexById.get(areaId) ?? -1;
  let total = 0;
  for (let w = dataset.tree.wardStart[i] ?? 0; w < (dataset.tree.wardEnd[i] ?? 0); w++)
    for (let m = dataset.monthIndex(from); m <= dataset.monthIndex(to); m++)
      total += dataset.wardMonthly(w).incidentTotal[m] ?? 0;
  return total;
}

const wards = dataset.areas.filter((a) => a.level === 'ward').slice(0, 3);
const district = dataset.areas.find((a) => a.level === 'district');

describe('Compare page', () => {
  it('explains how to pick when fewer than two areas are chosen', async () => {
    renderApp(`/compare?lang=en&areas=${wards[0]?.id}`);
    expect(await screen.findByText('Pick at least 2 areas to compare.')).toBeInTheDocument();
    expect(screen.queryByTestId('compare-table')).toBeNull();
  });

  it('puts the picked areas side by side with the figures of the data, mixing levels', async () => {
    const picked = [...wards.slice(0, 2), district];
    renderApp(`/compare?lang=en&areas=${picked.map((a) => a?.id).join(',')},unknown`);
    const table = await screen.findByTestId('compare-table');
    expect(screen.getByTestId('mixed-levels')).toHaveTextContent('different levels');
    const headers = within(table).getAllByRole('columnheader').slice(1);
    expect(headers.map((h) => h.getAttribute('data-area'))).toEqual(picked.map((a) => a?.id));
    const row = table.querySelector('tr[data-measure="incidents"]') as HTMLElement;
    const priorRow = table.querySelector('tr[data-measure="prior"]') as HTMLElement;
    for (const a of picked) {
      if (!a) continue;
      expect(row.querySelector(`[data-area="${a.id}"]`)).toHaveTextContent(
        fmt.number(incidents(a.id, '2025-11', '2026-10')),
      );
      expect(priorRow.querySelector(`[data-area="${a.id}"]`)).toHaveTextContent(
        fmt.number(incidents(a.id, '2024-11', '2025-10')),
      );
    }
    // Three small-multiple panels, one chart per area each, and their tables for screen readers.
    expect(screen.getByTestId('compare-incidents')).toBeInTheDocument();
    expect(screen.getByTestId('compare-mediation')).toBeInTheDocument();
    expect(screen.getByTestId('compare-patrols')).toBeInTheDocument();
    await waitFor(() => expect(screen.getAllByTestId('small-multiple')).toHaveLength(9));
  });

  it('adds areas found without diacritics and writes them to the URL', async () => {
    const user = userEvent.setup();
    const [a, b] = wards;
    if (!a || !b) throw new Error('need wards');
    const { router } = renderApp(`/compare?lang=en&areas=${a.id}`);
    const search = await screen.findByLabelText('Find an area to add');
    await user.type(search, foldText(b.name));
    const results = await screen.findByTestId('picker-results');
    await user.click(within(results).getAllByRole('button', { name: new RegExp(b.name) })[0] as HTMLElement);
    await waitFor(() => expect(router.state.location.search).toMatchObject({ areas: `${a.id},${b.id}` }));
    expect(await screen.findByTestId('compare-table')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: `Remove ${a.name} from the comparison` }));
    await waitFor(() => expect(router.state.location.search).toMatchObject({ areas: b.id }));
    expect(await screen.findByText('Pick at least 2 areas to compare.')).toBeInTheDocument();
  });

  it('downloads the KPI table as CSV with one row per area and the figures as plain numbers', async () => {
    const user = userEvent.setup();
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const names: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
    const picked = wards.slice(0, 2);
    renderApp(`/compare?lang=en&areas=${picked.map((a) => a.id).join(',')}`);
    await screen.findByTestId('compare-table');
    await user.click(screen.getByRole('button', { name: /Key figures side by side.*CSV/ }));
    await waitFor(() => expect(click).toHaveBeenCalledOnce());
    expect(names).toEqual(['compare_2025-11..2026-10.csv']);
    const bytes = new Uint8Array((await blobs[0]?.arrayBuffer()) ?? new ArrayBuffer(0));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).split('\r\n');
    const header = (lines[0] ?? '').split(',');
    expect(header.slice(0, 4)).toEqual(['Name', 'Parent area', 'Population', 'Incidents']);
    expect(lines).toHaveLength(picked.length + 3);
    expect(lines.at(-2)).toBe(reportingMessages.en['demoNote.export']);
    picked.forEach((a, i) => {
      const fields = (lines[i + 1] ?? '').split(',');
      expect(fields[0]).toBe(a.name);
      expect(fields[3]).toBe(String(incidents(a.id, '2025-11', '2026-10')));
    });
    vi.restoreAllMocks();
  });
});
