// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { useState } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../../../mocks/generator';
import { createMockServer } from '../../../mocks/node';
import { setApiBaseUrl } from '../../api/client';
import { useGroups } from '../../api/endpoints/groups';
import type { Group } from '../../api/schemas';
import { I18nProvider } from '../../i18n/i18n-context';
// The columns below borrow the Groups view's labels; the app registers them with that view.
import '../../i18n/messages/views/groups';
import { NumberCell } from './cells';
import { serverColumnHelper } from './features';
import type { ServerTableSearch } from './search';
import { ServerTable } from './server-table';

// The whole app loads against the in-process mock; on a busy machine the first answers take seconds.
configure({ asyncUtilTimeout: 10_000 });
const TEST_API = 'http://localhost/api/v1';
const dataset = generateDataset({ asOf: '2026-10', shape: 'with-districts' });
const server = createMockServer({ dataset });
const district = dataset.areas.find((a) => a.level === 'district');
if (!district) throw new Error('the data set needs a district');
const groups = dataset.groups().filter((g) => g.wardId.startsWith(district.id));

beforeAll(() => {
  setApiBaseUrl(TEST_API, { demo: true });
  server.listen({ onUnhandledFrame: 'error' });
});
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const helper = serverColumnHelper<Group>();
const columns = helper.columns([
  helper.accessor('name', { meta: { label: 'groups.col.name', rowHeader: true }, cell: (i) => i.getValue() }),
  helper.accessor('members', {
    meta: { label: 'groups.col.members', numeric: true },
    sortDescFirst: true,
    cell: (i) => <NumberCell value={i.getValue()} />,
  }),
  helper.accessor('leader', {
    meta: { label: 'groups.col.leader' },
    enableSorting: false,
    cell: (i) => i.getValue(),
  }),
]);

/** The table with its URL state kept in React state, recording every change it asks for. */
function Harness({
  initial,
  q,
  changes,
}: {
  initial: ServerTableSearch;
  q?: string;
  changes: ServerTableSearch[];
}) {
  const [search, setSearch] = useState(initial);
  const query = useGroups({
    areaId: district?.id ?? '',
    q,
    page: search.page,
    pageSize: search.pageSize,
    sort: search.sort ?? 'id',
  });
  return (
    <ServerTable
      caption="Groups"
      columns={columns}
      query={query}
      search={search}
      defaultSort="id"
      onSearchChange={(next) => {
        changes.push(next);
        setSearch(next);
      }}
    />
  );
}

function renderTable(initial: ServerTableSearch = {}, q?: string) {
  const changes: ServerTableSearch[] = [];
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <I18nProvider locale="en">
        <Harness initial={initial} q={q} changes={changes} />
      </I18nProvider>
    </QueryClientProvider>,
  );
  return { changes };
}

const byId = (a: Group, b: Group) => (a.id < b.id ? -1 : 1);
const rowIds = () =>
  within(screen.getByRole('table'))
    .getAllByRole('row')
    .slice(1)
    .map((r) => r.getAttribute('data-row-id'));

describe('ServerTable', () => {
  it('shows one page of the API list with its range, and a loading state first', async () => {
    renderTable({ pageSize: 25 });
    expect(screen.getAllByRole('status').some((s) => s.textContent?.includes('Loading'))).toBe(true);
    await waitFor(() =>
      expect(rowIds()).toEqual(
        [...groups]
          .sort(byId)
          .slice(0, 25)
          .map((g) => g.id),
      ),
    );
    expect(screen.getByTestId('server-table-pager-range')).toHaveTextContent(
      `Rows 1–25 of ${groups.length.toLocaleString('en-GB')}`,
    );
    expect(screen.getByRole('table')).toHaveAccessibleName('Groups');
    expect(screen.getByRole('region', { name: /Groups/ })).toHaveAttribute('tabindex', '0');
  });

  it('sorts on the server from a header button, marks aria-sort and goes back to page 1', async () => {
    const { changes } = renderTable({ page: 3 });
    await screen.findByText(/Rows 101–150/);
    const members = screen.getByRole('columnheader', { name: /Members/ });
    expect(members).toHaveAttribute('aria-sort', 'none');
    expect(screen.getByRole('columnheader', { name: 'Leader' })).not.toHaveAttribute('aria-sort');
    expect(within(screen.getByRole('columnheader', { name: 'Leader' })).queryByRole('button')).toBeNull();

    await userEvent.click(within(members).getByRole('button', { name: /Members/ }));
    expect(changes.at(-1)).toEqual({ page: undefined, pageSize: undefined, sort: '-members' });
    const expected = [...groups].sort((a, b) => b.members - a.members || byId(a, b)).slice(0, 50);
    await waitFor(() => expect(rowIds()).toEqual(expected.map((g) => g.id)));
    expect(screen.getByRole('columnheader', { name: /Members/ })).toHaveAttribute('aria-sort', 'descending');

    await userEvent.click(screen.getByRole('button', { name: /Members/ }));
    expect(changes.at(-1)).toEqual({ page: undefined, pageSize: undefined, sort: 'members' });
    await waitFor(() =>
      expect(screen.getByRole('columnheader', { name: /Members/ })).toHaveAttribute('aria-sort', 'ascending'),
    );
  });

  it('keeps the previous page visible, marked as updating, while the next one loads', async () => {
    renderTable({ pageSize: 25 });
    await screen.findByText(/Rows 1–25/);
    const firstPage = rowIds();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    server.use(
      http.get('*/api/v1/groups', async () => {
        await gate;
        return undefined;
      }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(screen.getByTestId('server-table-status')).toHaveTextContent('Updating…'));
    expect(rowIds()).toEqual(firstPage);
    expect(screen.getByRole('table')).toHaveAttribute('aria-busy', 'true');
    release();
    await screen.findByText(/Rows 26–50/);
    expect(rowIds()).toEqual(
      [...groups]
        .sort(byId)
        .slice(25, 50)
        .map((g) => g.id),
    );
    expect(screen.getByTestId('server-table-status')).toHaveTextContent('');
    expect(screen.getByRole('table')).toHaveAttribute('aria-busy', 'false');
  });

  it('walks first / previous / next / last and changes the page size', async () => {
    const { changes } = renderTable({ pageSize: 100 });
    await screen.findByText(/Rows 1–100/);
    const pages = Math.ceil(groups.length / 100);
    expect(screen.getByRole('button', { name: 'First page' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Previous page' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Last page' }));
    expect(changes.at(-1)).toEqual({ page: pages, pageSize: 100, sort: undefined });
    await screen.findByText(`Page ${pages} of ${pages}`);
    expect(screen.getByRole('button', { name: 'Next page' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Previous page' }));
    expect(changes.at(-1)?.page).toBe(pages - 1);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Rows per page' }), '25');
    // A new page size starts again from page 1; the default size would leave the URL.
    expect(changes.at(-1)).toEqual({ page: undefined, pageSize: 25, sort: undefined });
    await screen.findByText(/Rows 1–25/);
  });

  it('says so when nothing matches, and offers the last page past the end', async () => {
    renderTable({}, 'zzzz-no-such-group');
    expect(await screen.findByText('No rows match these filters.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('offers the last page when the URL points past it', async () => {
    const { changes } = renderTable({ page: 9999 });
    await userEvent.click(await screen.findByRole('button', { name: 'Go to the last page' }));
    expect(changes.at(-1)?.page).toBe(Math.ceil(groups.length / 50));
    await waitFor(() => expect(screen.getAllByRole('row').length).toBeGreaterThan(1));
  });

  it('shows the error with a retry that reloads the page', async () => {
    let fail = true;
    server.use(
      http.get('*/api/v1/groups', async () => {
        await delay(1);
        if (!fail) return undefined;
        return HttpResponse.json({ title: 'Service Unavailable', status: 503 }, { status: 503 });
      }),
    );
    renderTable();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'The server is unavailable for now (HTTP 503). The server says: Service Unavailable',
    );
    fail = false;
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    await screen.findByText(/Rows 1–50/);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
