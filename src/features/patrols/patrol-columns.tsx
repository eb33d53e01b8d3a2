import type { Patrol } from '../../api/schemas';
import { AreaNameCell, DateCell, GroupNameCell, NumberCell } from '../../components/server-table/cells';
import { serverColumnHelper } from '../../components/server-table/features';
import { useI18n } from '../../i18n/i18n-context';

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
    meta: { label: 'patrols.col.ward' },
    cell: (info) => <AreaNameCell id={info.getValue()} />,
  }),
  helper.accessor('groupId', {
    meta: { label: 'patrols.col.group' },
    cell: (info) => <GroupNameCell id={info.getValue()} />,
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
