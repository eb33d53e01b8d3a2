// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { ImportLog, ImportRejected, ImportResult } from '../../api/import-schemas';
import type { Me } from '../../api/schemas';
import { renderApp } from '../../test/render-app';
import { setupMockApi } from '../../test/mock-api';

const { dataset, server } = setupMockApi();
const SHA = 'ab'.repeat(32);

const editor: Me = { subject: 'ed-1', name: 'Lê Thị Mai', areaId: dataset.root.id, roles: ['editor'] };
const emptyLog: ImportLog = { items: [] };

interface Sent {
  check: boolean;
  /** The files' contents (jsdom's FormData reaches undici's fetch without the file names: importForm's test checks them). */
  files: string[];
  publishThrough: string | null;
}

/** An editor's /me and an /imports that answers `answer(sent)` and records what was sent. */
function asEditor(answer: (sent: Sent) => Response, log: () => ImportLog | null = () => emptyLog) {
  const sent: Sent[] = [];
  let logCalls = 0;
  server.use(
    http.get('*/api/v1/me', () => HttpResponse.json(editor)),
    http.get('*/api/v1/imports', () => {
      logCalls++;
      const body = log();
      return body
        ? HttpResponse.json(body)
        : HttpResponse.json({ title: 'Internal Server Error', status: 500 }, { status: 500 });
    }),
    http.post('*/api/v1/imports', async ({ request }) => {
      const form = await request.formData();
      const files = await Promise.all(
        form.getAll('files').map((f) => (typeof f === 'string' ? f : f.text())),
      );
      const publishThrough = form.get('publishThrough');
      const one: Sent = {
        check: new URL(request.url).searchParams.get('check') === 'true',
        files,
        publishThrough: typeof publishThrough === 'string' ? publishThrough : null,
      };
      sent.push(one);
      return answer(one);
    }),
  );
  return { sent, logCalls: () => logCalls };
}

const result = (checkOnly: boolean): ImportResult => ({
  checkOnly,
  importId: checkOnly ? null : 7,
  rows: { incidents: 3 },
  files: [{ name: 'incidents.csv', sha256: SHA, bytes: 120, rows: { incidents: 3 } }],
  dataFrom: checkOnly ? null : '2021-11',
  dataTo: '2026-10',
});

const rejected: ImportRejected = {
  title: 'Unprocessable Content',
  status: 422,
  problems: [
    {
      file: 'incidents.csv',
      sheet: null,
      row: 3,
      column: 'ward_id',
      value: 'X-99',
      code: 'unknownWard',
      params: {},
      reason: 'unknown ward id: no ward of the area tree has this id',
    },
    {
      file: 'incidents.csv',
      sheet: null,
      row: 1200,
      column: 'month',
      value: '<b>2026-13</b>',
      code: 'tooManyRowsSheet',
      params: { rows: 1_500_000, max: 1_000_000 },
      reason: 'x',
    },
    {
      file: 'incidents.csv',
      sheet: null,
      row: null,
      column: null,
      value: null,
      code: 'someNewRule',
      params: {},
      reason: 'a rule of a newer server',
    },
  ],
  moreProblems: 42,
};

const csvText = (name = 'incidents.csv') => `Mã phường/xã,Tháng\r\n${name}\r\n`;
const csv = (name = 'incidents.csv') => new File([csvText(name)], name, { type: 'text/csv' });

async function chooseFiles(...files: File[]) {
  await userEvent.upload(await screen.findByLabelText('Tệp số liệu (CSV hoặc XLSX)'), files);
}

describe('Import page', () => {
  it('is not offered to a viewer, and a direct visit says it needs the editor role', async () => {
    renderApp('/import');
    expect(await screen.findByTestId('import-forbidden')).toHaveTextContent(
      'Nhập số liệu cần quyền biên tập (editor)',
    );
    const nav = screen.getByRole('navigation', { name: 'Các trang' });
    expect(within(nav).getByRole('link', { name: 'Tổng quan' })).toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Nhập số liệu' })).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Tệp số liệu (CSV hoặc XLSX)')).not.toBeInTheDocument();
  });

  it('is in an editor’s navigation and says the limits', async () => {
    asEditor(() => HttpResponse.json(result(true)));
    renderApp('/?lang=en');
    const nav = await screen.findByRole('navigation', { name: 'Views' });
    await userEvent.click(await within(nav).findByRole('link', { name: 'Import data' }));
    const limits = await screen.findByTestId('import-limits');
    expect(limits).toHaveTextContent('at most 50 files');
    expect(limits).toHaveTextContent('64 MiB per file');
    expect(limits).toHaveTextContent('1,000,000 rows per file or sheet, 3,000,000 rows in all');
    expect(await screen.findByText('No import yet.')).toBeInTheDocument();
  });

  it('shows a refused check as a report in Vietnamese, values as text', async () => {
    const { sent } = asEditor(() =>
      HttpResponse.json(rejected, { status: 422, headers: { 'Content-Type': 'application/problem+json' } }),
    );
    renderApp('/import');
    await chooseFiles(csv());
    await userEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    const table = await screen.findByRole('table', { name: 'Các lỗi trong tệp (chưa nhập dữ liệu nào)' });
    expect(sent).toEqual([{ check: true, files: [csvText()], publishThrough: null }]);
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Tệp', 'Trang tính', 'Dòng', 'Cột', 'Giá trị', 'Lỗi']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      within(rows[0] as HTMLElement)
        .getAllByRole('cell')
        .map((td) => td.textContent),
    ).toEqual([
      'incidents.csv',
      '—không có',
      '3',
      'ward_id',
      'X-99',
      'Mã phường/xã không tồn tại: không có phường, xã nào trong danh mục địa bàn mang mã này.',
    ]);
    const second = within(rows[1] as HTMLElement).getAllByRole('cell');
    expect(second[2]).toHaveTextContent('1.200');
    expect(second[4]).toHaveTextContent('<b>2026-13</b>');
    expect(second[4]?.querySelector('b')).toBeNull();
    expect(second[5]).toHaveTextContent('1.500.000 dòng: mỗi trang tính tối đa 1.000.000 dòng.');
    expect(within(rows[2] as HTMLElement).getAllByRole('cell')[5]).toHaveTextContent(
      'a rule of a newer server',
    );
    expect(screen.getByTestId('import-report-more')).toHaveTextContent('Và 42 lỗi khác không được liệt kê.');
    expect(screen.getByTestId('import-status')).toHaveTextContent('Phát hiện 45 lỗi: chưa nhập dữ liệu nào.');
    expect(screen.getByRole('button', { name: 'Nhập số liệu' })).toBeDisabled();
  });

  it('enables the import only after a clean check of the same files, then imports and refreshes', async () => {
    const { sent, logCalls } = asEditor(({ check }) => HttpResponse.json(result(check)));
    renderApp('/import?lang=en');
    await screen.findByText('No import yet.');
    const confirm = screen.getByRole('button', { name: 'Import the figures' });
    expect(confirm).toBeDisabled();
    await userEvent.upload(screen.getByLabelText('Files (CSV or XLSX)'), csv());
    expect(confirm).toBeDisabled();
    await userEvent.type(screen.getByLabelText('Publish the figures through (optional)'), '2026-10');
    await userEvent.click(screen.getByRole('button', { name: 'Check' }));
    const checked = await screen.findByTestId('import-checked');
    expect(within(checked).getByRole('row', { name: /Monthly incident reports/ })).toHaveTextContent('3');
    expect(checked).toHaveTextContent('After the import the figures will be published through October 2026.');
    expect(screen.getByTestId('import-status')).toHaveTextContent(
      'No problem found: 3 rows would be imported.',
    );
    expect(confirm).toBeEnabled();

    // Other files than the ones checked: check again first.
    await userEvent.upload(screen.getByLabelText('Files (CSV or XLSX)'), [csv(), csv('patrols.csv')]);
    expect(confirm).toBeDisabled();
    expect(screen.queryByTestId('import-checked')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Check' }));
    await waitFor(() => expect(confirm).toBeEnabled());

    const before = logCalls();
    await userEvent.click(confirm);
    const done = await screen.findByTestId('import-done');
    expect(done).toHaveTextContent('Import done');
    expect(done).toHaveTextContent(
      'The figures are now published through October 2026 (data from November 2021).',
    );
    expect(screen.getByTestId('import-status')).toHaveTextContent('3 rows imported.');
    expect(sent.map((s) => s.check)).toEqual([true, true, false]);
    expect(sent[2]).toEqual({
      check: false,
      files: [csvText(), csvText('patrols.csv')],
      publishThrough: '2026-10',
    });
    // Every query was invalidated: the log (and every figure) asked again; the form is emptied.
    await waitFor(() => expect(logCalls()).toBeGreaterThan(before));
    expect(confirm).toBeDisabled();
    expect(screen.getByLabelText('Publish the figures through (optional)')).toHaveValue('');
  });

  it('refuses too many files and a wrong month before sending anything', async () => {
    const { sent } = asEditor(() => HttpResponse.json(result(true)));
    renderApp('/import?lang=en');
    await screen.findByText('No import yet.');
    const files = Array.from({ length: 51 }, (_, i) => csv(`incidents-${i}.csv`));
    await userEvent.upload(screen.getByLabelText('Files (CSV or XLSX)'), files);
    expect(screen.getByRole('alert')).toHaveTextContent('51 files: at most 50 per import.');
    expect(screen.getByRole('button', { name: 'Check' })).toBeDisabled();

    await userEvent.upload(screen.getByLabelText('Files (CSV or XLSX)'), csv());
    const month = screen.getByLabelText('Publish the figures through (optional)');
    await userEvent.type(month, '2026-13');
    expect(month).toHaveAccessibleDescription(/Enter a month as YYYY-MM, e.g. 2026-10\.$/);
    expect(month).toBeInvalid();
    expect(screen.getByRole('button', { name: 'Check' })).toBeDisabled();
    await userEvent.clear(month);
    expect(screen.getByRole('button', { name: 'Check' })).toBeEnabled();
    expect(sent).toEqual([]);
  });

  it('lists the import log, and offers a retry when it fails', async () => {
    const entry = {
      id: 3,
      importedAt: '2026-11-05T06:00:00Z',
      importedBy: 'Lê Thị Mai',
      areaId: null,
      dataTo: '2026-10',
      rows: { incidents: 96, patrols: 1200 },
      files: [{ name: 'incidents-2026-10.csv', sha256: SHA, bytes: 2048, rows: { incidents: 96 } }],
    };
    let fail = true;
    asEditor(
      () => HttpResponse.json(result(true)),
      () => {
        return fail ? null : { items: [entry] };
      },
    );
    renderApp('/import?lang=en');
    const alert = await screen.findByRole('alert');
    fail = false;
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    const table = await screen.findByRole('table', { name: 'Imports, newest first' });
    const row = within(table).getAllByRole('row')[1] as HTMLElement;
    expect(within(row).getByRole('rowheader')).toHaveTextContent(
      new Intl.DateTimeFormat('en-GB', { dateStyle: 'short', timeStyle: 'short' }).format(
        new Date(entry.importedAt),
      ),
    );
    const cells = within(row).getAllByRole('cell');
    expect(cells[0]).toHaveTextContent('Lê Thị Mai');
    expect(cells[1]).toHaveTextContent('Whole data set');
    expect(cells[2]).toHaveTextContent(`incidents-2026-10.csv · 2 KiB · ${SHA.slice(0, 12)}…`);
    expect(within(cells[2] as HTMLElement).getByTitle(`SHA-256: ${SHA}`)).toBeInTheDocument();
    expect(cells[3]).toHaveTextContent('Patrols: 1,200');
    expect(cells[3]).toHaveTextContent('Monthly incident reports: 96');
    expect(cells[4]).toHaveTextContent('October 2026');
  });
});
