// @vitest-environment jsdom
// The export buttons as the Overview's monthly incidents panel uses them (ChartPanel with
// exportMeta and a TableExportMenu). The images themselves are checked in Chromium (e2e).
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../test/render-app';
import { setupMockApi } from '../../test/mock-api';
import { reportingMessages } from '../../i18n/messages/views/reporting';

/** The value, or a failed test naming what was missing. */
function must<T>(value: T | null | undefined, what = 'value'): T {
  if (value === null || value === undefined) throw new Error(`missing ${what}`);
  return value;
}

const { dataset, server } = setupMockApi();
const saved: Array<{ blob: Blob; name: string }> = [];
let pendingBlob: Blob | null = null;

beforeEach(() => {
  saved.length = 0;
  Object.assign(URL, {
    createObjectURL: (blob: Blob) => {
      pendingBlob = blob;
      return 'blob:export';
    },
    revokeObjectURL: () => {},
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    if (pendingBlob) saved.push({ blob: pendingBlob, name: this.download });
  });
});

function monthly(month: string) {
  const m = dataset.monthIndex(month);
  let sum = 0;
  for (let w = 0; w < dataset.wards.length; w++) sum += dataset.wardMonthly(w).incidentTotal[m] ?? 0;
  return sum;
}

async function panel() {
  const heading = await screen.findByRole('heading', { name: 'Incidents by month' });
  return must(heading.closest('section'), 'the panel');
}

describe('chart and table downloads on the Overview', () => {
  it('offers PNG, SVG, CSV and Excel downloads named after the chart', async () => {
    renderApp('/?lang=en');
    const section = await panel();
    for (const name of [
      'Download Incidents by month as PNG',
      'Download Incidents by month as SVG',
      'Download the table Incidents by month as CSV',
      'Download the table Incidents by month as Excel (XLSX)',
    ]) {
      expect(await within(section).findByRole('button', { name })).toBeEnabled();
    }
  });

  it('disables the image downloads while the table is shown, and says why', async () => {
    renderApp('/?lang=en');
    const section = await panel();
    const png = await within(section).findByRole('button', { name: 'Download Incidents by month as PNG' });
    await userEvent.click(within(section).getByRole('button', { name: 'Show as table' }));
    expect(png).toBeDisabled();
    expect(png).toHaveAccessibleDescription('Hide the table to download the chart as an image.');
    expect(within(section).getByRole('button', { name: /as CSV$/ })).toBeEnabled();
    await userEvent.click(within(section).getByRole('button', { name: 'Hide table' }));
    expect(png).toBeEnabled();
  });

  it('downloads the table as CSV: header and the 12 months with their numbers', async () => {
    renderApp('/?lang=en');
    const section = await panel();
    await userEvent.click(await within(section).findByRole('button', { name: /as CSV$/ }));
    await vi.waitFor(() => expect(saved).toHaveLength(1));
    const file = must(saved[0], 'a download');
    expect(file.name).toBe(`${dataset.root.name.replace(/ /g, '-')}_2025-11_2026-10_Incidents-by-month.csv`);
    const lines = (await file.blob.text()).trimEnd().split('\r\n');
    expect(lines[0]).toBe('Month,This period,Year-earlier month,Same months a year earlier');
    // The demo's files say they are demo data, on their last line.
    expect(lines).toHaveLength(14);
    expect(lines[13]).toBe(reportingMessages.en['demoNote.export']);
    expect(lines[1]).toBe(`2025-11,${monthly('2025-11')},2024-11,${monthly('2024-11')}`);
    expect(lines[12]).toBe(`2026-10,${monthly('2026-10')},2025-10,${monthly('2025-10')}`);
  });

  it('shows no download buttons while loading or after a failure', async () => {
    server.use(
      http.get('*/api/v1/stats/incidents', () =>
        HttpResponse.json({ title: 'Service Unavailable', status: 503 }, { status: 503 }),
      ),
    );
    renderApp('/?lang=en');
    const section = await panel();
    expect(screen.queryByRole('button', { name: /as PNG$/ })).not.toBeInTheDocument();
    await within(section).findByRole('alert');
    expect(screen.queryByRole('button', { name: /as PNG$/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /as CSV$/ })).not.toBeInTheDocument();
  });

  it('reports an image export that cannot be made instead of failing silently', async () => {
    renderApp('/?lang=en');
    const section = await panel();
    // jsdom lays nothing out: the chart box has no size, so no image can be drawn.
    await userEvent.click(await within(section).findByRole('button', { name: /as SVG$/ }));
    expect(await within(section).findByRole('alert')).toHaveTextContent(/^The download failed: /);
    expect(saved).toHaveLength(0);
  });
});
