// @vitest-environment jsdom
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { DataTable } from './data-table';
import { dataColumnHelper } from './features';
import { VIRTUAL_FROM } from './virtual-rows';

// A national ranking's size: every ward of the country.
const COUNT = 10_000;
type Row = { id: string; name: string; count: number };

const helper = dataColumnHelper<Row>();
const columns = helper.columns([
  helper.accessor('name', {
    id: 'name',
    sortFn: 'name',
    meta: { label: 'tables.filter', rowHeader: true, filterable: true, alwaysVisible: true },
    // A focusable cell, as the ranking's name links are.
    cell: (ctx) => <button type="button">{ctx.getValue()}</button>,
  }),
  helper.accessor('count', {
    id: 'count',
    sortFn: 'number',
    meta: { label: 'tables.columns', numeric: true },
    cell: (ctx) => String(ctx.getValue()),
  }),
]);

// Names "Phường 00001"…; counts a permutation of 0…COUNT−1 so each sort has one known first row.
const data: Row[] = Array.from({ length: COUNT }, (_, i) => ({
  id: `w${i}`,
  name: `Phường ${String(i + 1).padStart(5, '0')}`,
  count: (i * 7919) % COUNT,
}));
const totals: Row = { id: 'all', name: 'Cả nước', count: 0 };

function Harness({ rows = data }: { rows?: Row[] }) {
  const [sort, setSort] = useState<string | undefined>();
  const [filter, setFilter] = useState<string | undefined>();
  const [hidden, setHidden] = useState<string | undefined>();
  return (
    <DataTable
      caption="Every ward"
      columns={columns}
      data={rows}
      totals={totals}
      getRowId={(r) => r.id}
      sort={sort}
      onSortChange={setSort}
      filter={filter}
      onFilterChange={setFilter}
      hidden={hidden}
      onHiddenChange={setHidden}
      exportFileName="wards"
    />
  );
}

const table = () => screen.getByRole('table');
const bodyRows = () => table().querySelectorAll('tbody tr[data-row-id]');
const firstBodyRow = () => bodyRows()[0];

describe('DataTable with many rows', () => {
  it('renders a window of the rows and tells the full count', async () => {
    render(<Harness />);
    // The window is known once the scroll box has been measured, right after mounting.
    await waitFor(() => expect(bodyRows().length).toBeGreaterThan(0));
    const rendered = bodyRows().length;
    expect(rendered).toBeGreaterThan(0);
    expect(rendered).toBeLessThan(100);
    // Header + 10,000 rows + totals.
    expect(table()).toHaveAttribute('aria-rowcount', String(COUNT + 2));
    expect(table().querySelector('thead tr')).toHaveAttribute('aria-rowindex', '1');
    bodyRows().forEach((tr, i) => {
      expect(tr).toHaveAttribute('aria-rowindex', String(i + 2));
      expect(tr.getAttribute('data-row-id')).toBe(`w${i}`);
    });
    expect(table().querySelector('tfoot tr')).toHaveAttribute('aria-rowindex', String(COUNT + 2));
    // The rows left out are spacers, hidden from assistive technology.
    const spacers = table().querySelectorAll('tbody tr[data-spacer]');
    expect(spacers.length).toBeGreaterThan(0);
    spacers.forEach((tr) => expect(tr).toHaveAttribute('aria-hidden', 'true'));
    expect(screen.getByTestId('row-count')).toHaveTextContent('10.000 / 10.000');
  });

  it('sorts all the rows, not only those rendered', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const header = screen.getByRole('columnheader', { name: /Cột/ });
    await user.click(within(header).getByRole('button'));
    // Descending: the largest count, COUNT − 1, whichever row holds it.
    const top = data.find((r) => r.count === COUNT - 1);
    expect(firstBodyRow()).toHaveAttribute('data-row-id', top?.id);
    expect(firstBodyRow()).toHaveAttribute('aria-rowindex', '2');
    await user.click(within(header).getByRole('button'));
    expect(firstBodyRow()).toHaveAttribute('data-row-id', data.find((r) => r.count === 0)?.id);
    expect(bodyRows().length).toBeLessThan(100);
  });

  it('filters all the rows and the count follows', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.type(screen.getByLabelText('Lọc theo tên'), 'phuong 09999');
    expect(bodyRows()).toHaveLength(1);
    expect(firstBodyRow()).toHaveAttribute('data-row-id', 'w9998');
    expect(table()).toHaveAttribute('aria-rowcount', '3');
    expect(screen.getByTestId('row-count')).toHaveTextContent('1 / 10.000');
    expect(screen.getByTestId('row-count')).toHaveAttribute('aria-live', 'polite');
  });

  it('reaches the rows by keyboard: the scroll box takes focus, then the rows', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const region = screen.getByRole('region', { name: 'Every ward' });
    region.focus();
    expect(region).toHaveFocus();
    // The sort buttons of the header follow the box in the tab order.
    await user.tab();
    expect(document.activeElement?.closest('thead')).not.toBeNull();
  });

  it('keeps the row holding the focus rendered when a sort moves it far out of the window', () => {
    const table = (sort?: string) => (
      <DataTable
        caption="Every ward"
        columns={columns}
        data={data}
        getRowId={(r) => r.id}
        sort={sort}
        onSortChange={() => undefined}
        filter={undefined}
        onFilterChange={() => undefined}
        hidden={undefined}
        onHiddenChange={() => undefined}
        exportFileName="wards"
      />
    );
    const { rerender } = render(table());
    const button = within(firstBodyRow() as HTMLElement).getByRole('button', { name: 'Phường 00001' });
    button.focus();
    // Sorted by count descending, w0 (count 0) is the last of 10,000: still in the page, focused.
    rerender(table('count.desc'));
    const w0 = screen.getByRole('table').querySelector('tbody tr[data-row-id="w0"]');
    expect(w0).toHaveAttribute('aria-rowindex', String(COUNT + 1));
    expect(button).toHaveFocus();
    expect(bodyRows().length).toBeLessThan(100);
  });

  it(`renders every row of a table up to ${VIRTUAL_FROM} rows, without row indexes`, () => {
    render(<Harness rows={data.slice(0, VIRTUAL_FROM)} />);
    expect(bodyRows()).toHaveLength(VIRTUAL_FROM);
    expect(table()).not.toHaveAttribute('aria-rowcount');
    expect(table().querySelectorAll('tbody tr[data-spacer]')).toHaveLength(0);
  });
});
