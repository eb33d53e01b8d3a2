// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { formatters } from '../../i18n/format';
import { nameCollator } from '../../lib/collation';
import { renderApp } from '../../test/render-app';
import { setupMockApi } from '../../test/mock-api';
import { reportingMessages } from '../../i18n/messages/views/reporting';

const { dataset } = setupMockApi();
const fmt = formatters('en');
const district = dataset.areas.find((a) => a.level === 'district');
if (!district) throw new Error('the data set needs a district');
const wardNames = new Map(dataset.areas.map((a) => [a.id, a.name]));

const saved: Blob[] = [];
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

describe('Group register export', () => {
  it('downloads every group matching the filters, in the table’s order, with ward names', async () => {
    const expected = dataset
      .groups()
      .filter((g) => g.wardId.startsWith(district.id) && g.type === 'fire_prevention')
      // The register's default order: the ward's name in Vietnamese collation, ties by id.
      .sort(
        (a, b) =>
          nameCollator.compare(wardNames.get(a.wardId) ?? '', wardNames.get(b.wardId) ?? '') ||
          (a.id < b.id ? -1 : 1),
      );
    renderApp(`/groups?lang=en&area=${district.id}&type=fire_prevention`);
    expect(
      await screen.findByText(`All ${fmt.number(expected.length)} rows matching the filters:`),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Download all rows of Group register as CSV' }));
    expect(await screen.findByText(`Downloaded ${fmt.number(expected.length)} rows.`)).toBeInTheDocument();

    expect(saved).toHaveLength(1);
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await saved[0]?.arrayBuffer());
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'Group code,Group,Type,Ward / commune,Residential area,Founded,Members,Leader,Status,Recognition',
    );
    expect(lines).toHaveLength(expected.length + 2);
    expect(lines.at(-1)).toBe(reportingMessages.en['demoNote.export']);
    const first = expected[0];
    if (!first) throw new Error('no fire-safety group in the district');
    // The generator's names hold no comma or quote, so a plain split reads the fields.
    expect(lines[1]?.split(',').slice(0, 7)).toEqual([
      first.id,
      first.name,
      'Fire safety',
      wardNames.get(first.wardId),
      first.residentialArea,
      first.establishedOn,
      String(first.members),
    ]);
    expect(lines.slice(1, -1).map((l) => l.split(',')[0])).toEqual(expected.map((g) => g.id));
  });
});
