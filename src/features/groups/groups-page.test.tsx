// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { groupTypes, type Group } from '../../api/schemas';
import { formatters } from '../../i18n/format';
import { nameCollator } from '../../lib/collation';
import { foldText } from '../../lib/text';
import { renderApp } from '../../test/render-app';
import { setupMockApi } from '../../test/mock-api';

const { dataset } = setupMockApi();
const fmt = formatters('en');
const district = dataset.areas.find((a) => a.level === 'district');
if (!district) throw new Error('the data set needs a district');

const groupsIn = (areaId: string) => dataset.groups().filter((g) => g.wardId.startsWith(areaId));
const byId = (a: Group, b: Group) => (a.id < b.id ? -1 : 1);
const wardName = (id: string) => dataset.area(id)?.name ?? '';
const rowIds = (testId: string) =>
  within(screen.getByTestId(testId))
    .getAllByRole('row')
    .slice(1)
    .map((r) => r.getAttribute('data-row-id'));

describe('Groups page', () => {
  it('shows the district’s groups by type and the coverage of each ward', async () => {
    const groups = groupsIn(district.id);
    const active = groups.filter((g) => g.status === 'active');
    renderApp(`/groups?lang=en&area=${district.id}`);
    expect(await screen.findByTestId('kpi-active-value')).toHaveTextContent(fmt.number(active.length));
    expect(screen.getByTestId('kpi-members-value')).toHaveTextContent(
      fmt.number(active.reduce((s, g) => s + g.members, 0)),
    );
    const models = groups.filter((g) => g.recognition === 'provincial' || g.recognition === 'national');
    await waitFor(() =>
      expect(screen.getByTestId('kpi-models-value')).toHaveTextContent(fmt.number(models.length)),
    );

    const types = screen.getByTestId('types-table');
    for (const type of groupTypes) {
      const count = active.filter((g) => g.type === type).length;
      const row = types.querySelector(`[data-type="${type}"]`);
      if (count === 0) expect(row).toBeNull();
      else expect(within(row as HTMLElement).getAllByRole('cell')[0]).toHaveTextContent(fmt.number(count));
    }

    const coverage = await screen.findByTestId('coverage-table');
    const wards = dataset.areas.filter((a) => a.parentId === district.id);
    for (const ward of wards) {
      const wardActive = active.filter((g) => g.wardId === ward.id);
      const covered = new Set(wardActive.map((g) => g.residentialArea)).size;
      const row = coverage.querySelector(`[data-area-id="${ward.id}"]`) as HTMLElement;
      const cells = within(row).getAllByRole('cell');
      expect(cells[0]).toHaveTextContent(fmt.number(wardActive.length));
      const coverageCell = cells[2] as HTMLElement;
      expect(coverageCell).toHaveTextContent(
        `${fmt.number(covered)} of ${fmt.number(ward.residentialAreas)} residential areas`,
      );
      expect(coverageCell).toHaveTextContent(fmt.percent(covered / ward.residentialAreas));
      // The view's coverage is the shared rendering, not markup of its own.
      expect(coverageCell.querySelector('[data-figure="coverage"]')).not.toBeNull();
    }
  });

  it('lists the provincial and national models, national first', async () => {
    const models = groupsIn(district.id)
      .filter((g) => g.recognition === 'provincial' || g.recognition === 'national')
      .sort((a, b) => (a.recognition < b.recognition ? -1 : a.recognition > b.recognition ? 1 : byId(a, b)));
    renderApp(`/groups?lang=en&area=${district.id}`);
    await waitFor(() => expect(rowIds('models-table')).toEqual(models.slice(0, 10).map((g) => g.id)));
  });

  it('searches names without diacritics (debounced) and filters the register on the server', async () => {
    const sample = groupsIn(district.id).find((g) => /Tổ dân phố|Thôn|Ấp|Bản/.test(g.residentialArea));
    const needle = foldText(sample?.residentialArea ?? 'thon');
    const expected = groupsIn(district.id)
      .filter((g) => foldText(g.name).includes(needle) && g.status === 'active')
      // The register's default order: its ward's name in Vietnamese collation, then the group's id.
      .sort((a, b) => nameCollator.compare(wardName(a.wardId), wardName(b.wardId)) || byId(a, b));
    const { router } = renderApp(`/groups?lang=en&area=${district.id}&status=active`);
    await screen.findByTestId('groups-table-pager-range');
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search by name' }), needle);
    await waitFor(() => expect(router.state.location.search).toMatchObject({ q: needle, status: 'active' }));
    await waitFor(() => expect(rowIds('groups-table')).toEqual(expected.slice(0, 50).map((g) => g.id)));
    expect(screen.getByTestId('groups-table-pager-range')).toHaveTextContent(
      `of ${fmt.number(expected.length)}`,
    );
  });

  it('sorts the register by members from the URL and pages it', async () => {
    const expected = groupsIn(district.id)
      .filter((g) => g.type === 'security_order')
      .sort((a, b) => b.members - a.members || byId(a, b));
    renderApp(`/groups?lang=en&area=${district.id}&type=security_order&sort=-members&page=2&pageSize=25`);
    await waitFor(() => expect(rowIds('groups-table')).toEqual(expected.slice(25, 50).map((g) => g.id)));
    const header = within(screen.getByTestId('groups-table')).getByRole('columnheader', { name: /Members/ });
    expect(header).toHaveAttribute('aria-sort', 'descending');
  });
});
