// @vitest-environment jsdom
import { render, screen, waitFor, within } from '@testing-library/react';
import { strFromU8, unzipSync } from 'fflate';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { BOM } from '../../lib/csv';
import { DataTable } from './data-table';
import { dataColumnHelper } from './features';

type Row = { id: string; name: string; count: number; rate: number | null };

const helper = dataColumnHelper<Row>();
const columns = helper.columns([
  helper.accessor('name', {
    id: 'name',
    sortFn: 'name',
    meta: { label: 'tables.filter', rowHeader: true, filterable: true, alwaysVisible: true },
    cell: (ctx) => (ctx.table.options.meta?.part === 'totals' ? `Σ ${ctx.getValue()}` : ctx.getValue()),
  }),
  helper.accessor('count', {
    id: 'count',
    sortFn: 'number',
    meta: { label: 'tables.columns', numeric: true },
    cell: (ctx) => String(ctx.getValue()),
  }),
  helper.accessor((r) => r.rate ?? undefined, {
    id: 'rate',
    sortFn: 'number',
    meta: { label: 'tables.csv', numeric: true },
    cell: (ctx) => (ctx.getValue() === undefined ? '—' : `${ctx.getValue()}`),
  }),
]);

const data: Row[] = [
  { id: 'a', name: 'Phường Đông Hòa', count: 9, rate: 0.5 },
  { id: 'b', name: 'Xã An Bình', count: 100, rate: null },
  { id: 'c', name: 'Xã "Bến, Cát"', count: 20, rate: 0.25 },
  { id: 'd', name: 'Dương Minh', count: 3, rate: 1 },
];
const totals: Row = { id: 'all', name: 'Huyện', count: 132, rate: 0.4 };

/** Stands in for the page: the table's state lives outside it, as it does in the URL. */
function Harness(initial: { sort?: string; filter?: string; hidden?: string }) {
  const [sort, setSort] = useState(initial.sort);
  const [filter, setFilter] = useState(initial.filter);
  const [hidden, setHidden] = useState(initial.hidden);
  return (
    <>
      <output data-testid="state">{JSON.stringify({ sort, filter, hidden })}</output>
      <DataTable
        caption="Test table"
        columns={columns}
        data={data}
        totals={totals}
        getRowId={(r) => r.id}
        sort={sort}
        onSortChange={setSort}
        filter={filter}
        onFilterChange={setFilter}
        hidden={hidden}
        onHiddenChange={setHidden}
        exportFileName="test"
        exportFields={{
          rate: [
            { label: 'tables.csv', value: (r) => r.rate, format: 'percent' },
            { label: 'tables.total', value: (r) => r.count },
          ],
        }}
      />
    </>
  );
}

const bodyNames = () =>
  within(screen.getByRole('table'))
    .getAllByRole('rowheader')
    .map((c) => c.textContent)
    .filter((n) => !n?.startsWith('Σ'));
const state = () => JSON.parse(screen.getByTestId('state').textContent ?? '{}') as Record<string, string>;

describe('DataTable', () => {
  it('sorts numbers numerically and names in Vietnamese order, with aria-sort on the header', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const countHeader = screen.getByRole('columnheader', { name: /Cột/ });
    expect(countHeader).not.toHaveAttribute('aria-sort');

    await user.click(within(countHeader).getByRole('button'));
    // Numbers start descending; 100 > 20 > 9 > 3 (a text sort would put "9" first).
    expect(state().sort).toBe('count.desc');
    expect(countHeader).toHaveAttribute('aria-sort', 'descending');
    expect(bodyNames()).toEqual(['Xã An Bình', 'Xã "Bến, Cát"', 'Phường Đông Hòa', 'Dương Minh']);

    await user.click(within(countHeader).getByRole('button'));
    expect(countHeader).toHaveAttribute('aria-sort', 'ascending');
    expect(bodyNames()).toEqual(['Dương Minh', 'Phường Đông Hòa', 'Xã "Bến, Cát"', 'Xã An Bình']);
  });

  it('starts from the sort in its props and keeps missing values last both ways', () => {
    const { unmount } = render(<Harness sort="rate.asc" />);
    expect(bodyNames()).toEqual(['Xã "Bến, Cát"', 'Phường Đông Hòa', 'Dương Minh', 'Xã An Bình']);
    unmount();
    render(<Harness sort="rate.desc" />);
    expect(bodyNames()).toEqual(['Dương Minh', 'Phường Đông Hòa', 'Xã "Bến, Cát"', 'Xã An Bình']);
  });

  it('sorts names with Vietnamese collation (D before Đ)', () => {
    render(<Harness sort="name.asc" />);
    // Punctuation sorts before letters, so the quoted name comes first among the "Xã".
    expect(bodyNames()).toEqual(['Dương Minh', 'Phường Đông Hòa', 'Xã "Bến, Cát"', 'Xã An Bình']);
  });

  it('ignores an unknown sort column', () => {
    render(<Harness sort="nope.desc" />);
    expect(bodyNames()).toEqual(['Phường Đông Hòa', 'Xã An Bình', 'Xã "Bến, Cát"', 'Dương Minh']);
  });

  it('filters names without diacritics and says how many rows show', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.type(screen.getByLabelText('Lọc theo tên'), 'dong hoa');
    expect(bodyNames()).toEqual(['Phường Đông Hòa']);
    expect(state().filter).toBe('dong hoa');
    expect(screen.getByTestId('row-count')).toHaveTextContent('1 / 4');
    await user.clear(screen.getByLabelText('Lọc theo tên'));
    expect(bodyNames()).toHaveLength(4);
    expect(state().filter).toBeUndefined();
  });

  it('says so when nothing matches, and applies a filter from its props', () => {
    render(<Harness filter="zzz" />);
    expect(screen.getByText('Không có dòng nào khớp với bộ lọc.')).toBeInTheDocument();
    expect(screen.getByLabelText('Lọc theo tên')).toHaveValue('zzz');
  });

  it('hides and shows columns from the menu, keeping the name always there', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByText('Cột', { selector: 'summary' }));
    const menu = screen.getByRole('group', { name: 'Các cột hiển thị' });
    expect(within(menu).queryByLabelText('Lọc theo tên')).toBeNull();
    await user.click(within(menu).getByLabelText('Cột'));
    expect(state().hidden).toBe('count');
    expect(screen.queryByRole('columnheader', { name: /^Cột/ })).toBeNull();
    // the totals row hides the same column
    const foot = screen.getByRole('table').querySelector('tfoot tr');
    expect(foot?.querySelector('[data-column="count"]')).toBeNull();
    await user.click(within(menu).getByLabelText('Cột'));
    expect(state().hidden).toBeUndefined();
  });

  it('starts with the hidden columns in its props', () => {
    render(<Harness hidden="rate,unknown" />);
    expect(screen.queryByRole('columnheader', { name: /Tải CSV/ })).toBeNull();
    expect(screen.getByText('ẩn 1')).toBeInTheDocument();
  });

  it('renders the totals row in the footer with the same columns', () => {
    render(<Harness />);
    const foot = screen.getByRole('table').querySelector('tfoot');
    expect(foot).not.toBeNull();
    expect(within(foot as HTMLElement).getByRole('rowheader')).toHaveTextContent('Σ Huyện');
    expect(foot?.querySelector('[data-column="count"]')).toHaveTextContent('132');
    expect(foot?.querySelector('[data-column="count"]')).toHaveClass('num');
  });

  function captureDownloads() {
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
    return { blobs, names, click };
  }

  it('exports the visible rows and columns as shown, with a BOM, quoting and plain numbers', async () => {
    const user = userEvent.setup();
    const { blobs, names, click } = captureDownloads();
    render(<Harness sort="count.asc" filter="xa" />);
    await user.click(screen.getByRole('button', { name: /Test table.*CSV/ }));
    await waitFor(() => expect(click).toHaveBeenCalledOnce());
    expect(names).toEqual(['test.csv']);
    const bytes = new Uint8Array((await blobs[0]?.arrayBuffer()) ?? new ArrayBuffer(0));
    // UTF-8 byte-order mark EF BB BF first (Blob.text() would strip it, so decode by hand).
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.startsWith(BOM)).toBe(true);
    expect(text.slice(1).split('\r\n')).toEqual([
      'Lọc theo tên,Cột,Tải CSV,Tổng',
      '"Xã ""Bến, Cát""",20,0.25,20',
      'Xã An Bình,100,,100',
      'Huyện,132,0.4,132',
      '',
    ]);
  });

  it('exports the same columns as XLSX with numbers as numeric cells and rates in percent format', async () => {
    const user = userEvent.setup();
    const { blobs, names, click } = captureDownloads();
    render(<Harness sort="count.asc" filter="xa" hidden="count" />);
    await user.click(screen.getByRole('button', { name: /Test table.*XLSX/ }));
    await waitFor(() => expect(click).toHaveBeenCalledOnce());
    expect(names).toEqual(['test.xlsx']);
    const files = unzipSync(new Uint8Array((await blobs[0]?.arrayBuffer()) ?? new ArrayBuffer(0)));
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml'] ?? new Uint8Array());
    const text = (ref: string, value: string, style = '') =>
      `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${value}</t></is></c>`;
    // The hidden "count" column is left out, as in the CSV; the rate keeps its raw fraction.
    const header = ' s="1"';
    expect(sheet).toContain(text('A1', 'Lọc theo tên', header));
    expect(sheet).toContain(text('B1', 'Tải CSV', header));
    expect(sheet).toContain(text('C1', 'Tổng', header));
    expect(sheet).toContain(text('A2', 'Xã &quot;Bến, Cát&quot;'));
    expect(sheet).toMatch(/<c r="B2" s="\d+" t="n"><v>0\.25<\/v><\/c>/);
    expect(sheet).toContain('<c r="C2" t="n"><v>20</v></c>');
    expect(sheet).toContain('<c r="B3" s="2"/>');
    expect(sheet).toContain('<c r="C4" t="n"><v>132</v></c>');
    const styles = strFromU8(files['xl/styles.xml'] ?? new Uint8Array());
    const style = Number(/<c r="B2" s="(\d+)"/.exec(sheet)?.[1]);
    const numFmt = [...styles.matchAll(/<xf [^>]*numFmtId="(\d+)"/g)].map((m) => m[1]);
    // 10 is Excel's built-in "0.00%".
    expect(numFmt.slice(-3)[style]).toBe('10');
  });
});
