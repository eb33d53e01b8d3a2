// @vitest-environment jsdom
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { generateDataset } from '../../../mocks/generator';
import { createMockServer } from '../../../mocks/node';
import { setApiBaseUrl } from '../../api/client';
import { groupsPageSchema, type Group } from '../../api/schemas';
import { I18nProvider } from '../../i18n/i18n-context';
import { BOM } from '../../lib/csv';
import type { ExportColumn } from '../../lib/table-export';
import { ExportAllButton } from './export-all-button';

/** Any origin works: the mock server answers on every origin under /api/v1. */
const TEST_API = 'http://localhost/api/v1';

/** The value, or a failed test naming what was missing. */
function must<T>(value: T | null | undefined, what = 'value'): T {
  if (value === null || value === undefined) throw new Error(`missing ${what}`);
  return value;
}

const ds = generateDataset({ shape: 'with-districts' });
const server = createMockServer({ dataset: ds });
const district = must(
  ds.areas.find((a) => a.level === 'district'),
  'a district',
);
const columns: ExportColumn<Group>[] = [
  { header: 'Id', value: (g) => g.id, format: 'text' },
  { header: 'Name', value: (g) => g.name, format: 'text' },
  { header: 'Members', value: (g) => g.members, format: 'number' },
];

/** Holds page 2 until released, so the test sees the export in the middle. */
let releasePage2: () => void = () => {};
function holdPage2() {
  const gate = new Promise<void>((resolve) => (releasePage2 = resolve));
  server.use(
    http.get('*/api/v1/groups', async ({ request }) => {
      if (new URL(request.url).searchParams.get('page') === '2') await gate;
      return undefined;
    }),
  );
}

const saved: Blob[] = [];
beforeAll(() => {
  setApiBaseUrl(TEST_API);
  server.listen({ onUnhandledFrame: 'error' });
});
beforeEach(() => {
  saved.length = 0;
  Object.assign(URL, {
    createObjectURL: (blob: Blob) => {
      saved.push(blob);
      return 'blob:export';
    },
    revokeObjectURL: () => {},
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
});
afterEach(() => {
  releasePage2();
  server.resetHandlers();
});
afterAll(() => server.close());

function renderButton(pageSize = 100) {
  return render(
    <I18nProvider locale="en">
      <ExportAllButton
        name="Groups"
        path="/groups"
        schema={groupsPageSchema}
        params={{ areaId: district.id, sort: 'id' }}
        columns={columns}
        fileName="Groups of a district"
        pageSize={pageSize}
        total={1234}
      />
    </I18nProvider>,
  );
}

function expectedTotal() {
  const i = must(ds.tree.indexById.get(district.id), 'the district index');
  let n = 0;
  for (let w = ds.tree.wardStart[i] ?? 0; w < (ds.tree.wardEnd[i] ?? 0); w++) n += ds.wardGroups(w).length;
  return n;
}

describe('ExportAllButton', () => {
  it('pages through every matching row with a progress bar, then downloads the file', async () => {
    const total = expectedTotal();
    const fmt = new Intl.NumberFormat('en');
    holdPage2();
    renderButton();
    expect(screen.getByText('All 1,234 rows matching the filters:')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Download all rows of Groups as CSV' }));

    const bar = await screen.findByRole('progressbar', { name: 'Exporting Groups' });
    await waitFor(() => expect(bar).toHaveAttribute('aria-valuenow', '100'));
    expect(bar).toHaveAttribute('aria-valuemax', String(total));
    expect(screen.getByText(`100 / ${fmt.format(total)} rows`)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cancel the export of Groups' })).toHaveFocus();

    act(() => releasePage2());
    expect(await screen.findByText(`Downloaded ${fmt.format(total)} rows.`)).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(saved).toHaveLength(1);
    // Decoded keeping the byte-order mark (Blob.text() would drop it).
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(
      await must(saved[0], 'a download').arrayBuffer(),
    );
    expect(csv.startsWith(BOM)).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('Id,Name,Members');
    expect(lines).toHaveLength(total + 1);
    expect(new Set(lines.slice(1).map((l) => l.split(',')[0])).size).toBe(total);
    expect(screen.getByRole('button', { name: 'Download all rows of Groups as CSV' })).toHaveFocus();
  });

  it('downloads an XLSX workbook', async () => {
    renderButton(500);
    await userEvent.click(
      screen.getByRole('button', { name: 'Download all rows of Groups as Excel (XLSX)' }),
    );
    expect(await screen.findByText(/^Downloaded .* rows\.$/)).toBeInTheDocument();
    expect(saved[0]?.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  });

  it('stops at Cancel: no file, a message, focus back on the button', async () => {
    const requests: string[] = [];
    server.events.on('request:start', ({ request }) => void requests.push(request.url));
    holdPage2();
    renderButton();
    await userEvent.click(screen.getByRole('button', { name: 'Download all rows of Groups as CSV' }));
    await waitFor(() => expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100'));
    await userEvent.click(screen.getByRole('button', { name: 'Cancel the export of Groups' }));

    expect(await screen.findByText('Export cancelled.')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    act(() => releasePage2());
    await new Promise((r) => setTimeout(r, 50));
    expect(saved).toHaveLength(0);
    expect(requests).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Download all rows of Groups as CSV' })).toHaveFocus();
    server.events.removeAllListeners();
  });

  it('reports an error in the middle and no file', async () => {
    server.use(
      http.get('*/api/v1/groups', ({ request }) =>
        new URL(request.url).searchParams.get('page') === '3'
          ? HttpResponse.json({ title: 'Service Unavailable', status: 503 }, { status: 503 })
          : undefined,
      ),
    );
    renderButton();
    await userEvent.click(screen.getByRole('button', { name: 'Download all rows of Groups as CSV' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'The download failed: The server is unavailable for now (HTTP 503). The server says: Service Unavailable',
    );
    expect(saved).toHaveLength(0);
    expect(screen.getByRole('button', { name: 'Download all rows of Groups as CSV' })).toBeEnabled();
  });
});
