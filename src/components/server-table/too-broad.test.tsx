// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { generateDataset } from '../../../mocks/generator';
import { ApiError } from '../../api/errors';
import { QUERY_TOO_BROAD } from '../../api/problem-codes';
import type { Group } from '../../api/schemas';
import { I18nProvider } from '../../i18n/i18n-context';
import type { Locale } from '../../i18n/locales';
import { buildAreaTree } from '../../lib/area-tree';
import '../../i18n/messages/views/groups';
import { serverColumnHelper } from './features';
import { ServerTable, type ServerTableQuery } from './server-table';

const ds = generateDataset({ size: { provinces: 3, districtsPerProvince: 2, wardsPerDistrict: 2 } });
const tree = buildAreaTree(ds.areas);
const helper = serverColumnHelper<Group>();
const columns = helper.columns([
  helper.accessor('name', { meta: { label: 'groups.col.name' }, cell: (i) => i.getValue() }),
]);

function failed(error: ApiError): ServerTableQuery<Group> {
  return {
    data: undefined,
    isPending: false,
    isError: true,
    error,
    isFetching: false,
    isPlaceholderData: false,
    refetch: () => undefined,
  };
}

const tooBroad = new ApiError({
  kind: 'http',
  path: '/groups',
  status: 400,
  title: 'Bad Request',
  detail: 'Query too broad: narrow "areaId"',
  code: QUERY_TOO_BROAD,
  message: 'too broad',
});

function renderTable(error: ApiError, locale: Locale, onPick = vi.fn()) {
  render(
    <I18nProvider locale={locale}>
      <ServerTable
        caption="Groups"
        columns={columns}
        query={failed(error)}
        search={{}}
        defaultSort="id"
        onSearchChange={() => {}}
        narrowing={{ tree, area: tree.root, onPick }}
        testId="t"
      />
    </I18nProvider>,
  );
  return onPick;
}

describe('a register refused as too broad', () => {
  it('says in Vietnamese what to narrow, offers the provinces, and has no Retry', async () => {
    const onPick = renderTable(tooBroad, 'vi');
    expect(screen.getByText(`Sổ này quá dài để liệt kê cho toàn bộ ${ds.root.name}.`)).toBeInTheDocument();
    expect(screen.getByText('Chọn một tỉnh, thành phố để xem sổ của địa bàn đó.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Thử lại' })).toBeNull();
    expect(screen.queryByText(/Query too broad/)).toBeNull();
    const provinces = tree.children.get(tree.root.id) ?? [];
    // All three provinces of this tree are "Tỉnh …": the list is named for them.
    const select = screen.getByRole('combobox', { name: 'Các tỉnh' });
    expect(select.querySelectorAll('option')).toHaveLength(provinces.length);
    const second = provinces[1];
    if (!second) throw new Error('no second province');
    await userEvent.selectOptions(select, second.id);
    await userEvent.click(screen.getByRole('button', { name: 'Xem' }));
    expect(onPick).toHaveBeenCalledWith(second.id);
  });

  it.each([
    ['en', 'Pick a province to see its register.', 'Show'],
    ['fr', 'Choisissez une province pour voir son registre.', 'Afficher'],
  ] as const)('is translated (%s)', (locale, text, button) => {
    renderTable(tooBroad, locale);
    expect(screen.getByText(text)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: button })).toBeInTheDocument();
  });

  it('leaves other refusals to the error state with Retry', () => {
    renderTable(new ApiError({ kind: 'http', path: '/groups', status: 400, message: 'bad' }), 'fr');
    expect(screen.getByRole('alert')).toBeInTheDocument();
    expect(screen.queryByTestId('t-too-broad')).toBeNull();
  });
});
