import type { Patrol } from '../../api/schemas';
import { WARD_NAME_SORT } from '../../api/sort-fields';
import { AreaNameCell, DateCell, GroupNameCell, NumberCell } from '../../components/server-table/cells';
import { serverColumnHelper } from '../../components/server-table/features';
import {
  areaName,
  groupName,
  type RegistryExportColumn,
} from '../../components/server-table/registry-export';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/patrols';

function ShiftCell({ value }: { value: Patrol['shift'] }) {
  const { t } = useI18n();
  return (
    <span className="inline-flex items-center gap-1 whitespace-nowrap">
      <span aria-hidden="true">{value === 'night' ? '☾' : '☀'}</span>
      {t(`patrols.shift.${value}`)}
    </span>
  );
}

const helper = serverColumnHelper<Patrol>();

/** The patrol log; column ids are the API's sort fields. */
export const patrolColumns = helper.columns([
  helper.accessor('date', {
    meta: { label: 'patrols.col.date' },
    sortDescFirst: true,
    cell: (info) => <DateCell value={info.getValue()} />,
  }),
  helper.accessor('shift', {
    meta: { label: 'patrols.col.shift' },
    cell: (info) => <ShiftCell value={info.getValue()} />,
  }),
  helper.accessor('wardId', {
    // Sorted by the ward's name (the API's `wardName`), not by its id.
    id: WARD_NAME_SORT,
    meta: { label: 'patrols.col.ward' },
    cell: (info) => <AreaNameCell id={info.getValue()} />,
  }),
  helper.accessor('groupId', {
    meta: { label: 'patrols.col.group' },
    cell: (info) => <GroupNameCell id={info.getValue()} name={info.row.original.groupName} />,
  }),
  helper.accessor('durationMinutes', {
    meta: { label: 'patrols.col.duration', numeric: true },
    sortDescFirst: true,
    cell: (info) => <NumberCell value={info.getValue()} />,
  }),
  helper.accessor('participants', {
    meta: { label: 'patrols.col.participants', numeric: true },
    sortDescFirst: true,
    cell: (info) => <NumberCell value={info.getValue()} />,
  }),
  helper.accessor('findings', {
    meta: { label: 'patrols.col.findings', numeric: true },
    sortDescFirst: true,
    cell: (info) => <NumberCell value={info.getValue()} />,
  }),
  helper.accessor('note', {
    meta: { label: 'patrols.col.note' },
    enableSorting: false,
    cell: (info) => <span className="block min-w-48">{info.getValue()}</span>,
  }),
]);

export const DEFAULT_PATROL_SORT = '-date';

/**
 * Every matching patrol in a file: the date as YYYY-MM-DD text, minutes, participants and
 * findings as numbers, ward and group names as the table shows them.
 */
export const patrolExportColumns: readonly RegistryExportColumn<Patrol>[] = [
  { header: 'patrols.col.id', value: (p) => p.id, format: 'text' },
  { header: 'patrols.col.date', value: (p) => p.date, format: 'text' },
  { header: 'patrols.col.shift', value: (p, { t }) => t(`patrols.shift.${p.shift}`), format: 'text' },
  { header: 'patrols.col.ward', value: (p, { names }) => areaName(names, p.wardId), format: 'text' },
  { header: 'patrols.col.group', value: (p, { names }) => groupName(names, p), format: 'text' },
  { header: 'patrols.col.duration', value: (p) => p.durationMinutes, format: 'number' },
  { header: 'patrols.col.participants', value: (p) => p.participants, format: 'number' },
  { header: 'patrols.col.findings', value: (p) => p.findings, format: 'number' },
  { header: 'patrols.col.note', value: (p) => p.note, format: 'text' },
];
