import type { Group, GroupType, Recognition } from '../../api/schemas';
import { WARD_NAME_SORT } from '../../api/sort-fields';
import { groupTypeColors } from '../../components/colors';
import { AreaNameCell, DateCell, NumberCell } from '../../components/server-table/cells';
import { serverColumnHelper } from '../../components/server-table/features';
import { areaName, type RegistryExportColumn } from '../../components/server-table/registry-export';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/groups';

function TypeCell({ value }: { value: GroupType }) {
  const { t } = useI18n();
  return (
    <span className="inline-flex items-center gap-2 whitespace-nowrap">
      <span
        aria-hidden="true"
        className="inline-block size-2.5 shrink-0 rounded-sm"
        style={{ background: groupTypeColors[value] }}
      />
      {t(`groups.type.${value}`)}
    </span>
  );
}

function StatusCell({ value }: { value: Group['status'] }) {
  const { t } = useI18n();
  return <span className={value === 'active' ? undefined : 'text-muted'}>{t(`groups.status.${value}`)}</span>;
}

function RecognitionCell({ value }: { value: Recognition }) {
  const { t } = useI18n();
  if (value === 'none') return <span className="text-muted">{t('groups.recognition.none')}</span>;
  return (
    <span className="inline-flex items-center gap-1 whitespace-nowrap font-medium">
      <span aria-hidden="true">{value === 'national' ? '★★' : value === 'provincial' ? '★' : '☆'}</span>
      {t(`groups.recognition.${value}`)}
    </span>
  );
}

const helper = serverColumnHelper<Group>();

const name = helper.accessor('name', {
  meta: { label: 'groups.col.name', rowHeader: true },
  cell: (info) => info.getValue(),
});
const type = helper.accessor('type', {
  meta: { label: 'groups.col.type' },
  cell: (info) => <TypeCell value={info.getValue()} />,
});
const ward = helper.accessor('wardId', {
  // Sorted by the ward's name (the API's `wardName`), not by its id.
  id: WARD_NAME_SORT,
  meta: { label: 'groups.col.ward' },
  cell: (info) => <AreaNameCell id={info.getValue()} />,
});
const established = helper.accessor('establishedOn', {
  meta: { label: 'groups.col.established' },
  sortDescFirst: true,
  cell: (info) => <DateCell value={info.getValue()} />,
});
const members = helper.accessor('members', {
  meta: { label: 'groups.col.members', numeric: true },
  sortDescFirst: true,
  cell: (info) => <NumberCell value={info.getValue()} />,
});
const recognition = helper.accessor('recognition', {
  meta: { label: 'groups.col.recognition' },
  cell: (info) => <RecognitionCell value={info.getValue()} />,
});

/** The register; column ids are the API's sort fields (names sort ignoring diacritics there). */
export const groupColumns = helper.columns([
  name,
  type,
  ward,
  helper.accessor('residentialArea', {
    meta: { label: 'groups.col.residentialArea' },
    cell: (info) => <span className="whitespace-nowrap">{info.getValue()}</span>,
  }),
  established,
  members,
  helper.accessor('leader', {
    meta: { label: 'groups.col.leader' },
    cell: (info) => <span className="whitespace-nowrap">{info.getValue()}</span>,
  }),
  helper.accessor('status', {
    meta: { label: 'groups.col.status' },
    cell: (info) => <StatusCell value={info.getValue()} />,
  }),
  recognition,
]);

/** The recognised models: fewer columns, recognition first. */
export const modelColumns = helper.columns([recognition, name, type, ward, members, established]);

/** By ward name (Vietnamese collation), the order officials look a ward up in. */
export const DEFAULT_GROUP_SORT = WARD_NAME_SORT;
/** "national" sorts before "provincial": the highest recognition comes first. */
export const DEFAULT_MODEL_SORT = 'recognition';

/**
 * Every matching group in a file: the register's columns with their labels and names as the
 * table shows them, the founding date as YYYY-MM-DD text and members as a number.
 */
export const groupExportColumns: readonly RegistryExportColumn<Group>[] = [
  { header: 'groups.col.id', value: (g) => g.id, format: 'text' },
  { header: 'groups.col.name', value: (g) => g.name, format: 'text' },
  { header: 'groups.col.type', value: (g, { t }) => t(`groups.type.${g.type}`), format: 'text' },
  { header: 'groups.col.ward', value: (g, { names }) => areaName(names, g.wardId), format: 'text' },
  { header: 'groups.col.residentialArea', value: (g) => g.residentialArea, format: 'text' },
  { header: 'groups.col.established', value: (g) => g.establishedOn, format: 'text' },
  { header: 'groups.col.members', value: (g) => g.members, format: 'number' },
  { header: 'groups.col.leader', value: (g) => g.leader, format: 'text' },
  { header: 'groups.col.status', value: (g, { t }) => t(`groups.status.${g.status}`), format: 'text' },
  {
    header: 'groups.col.recognition',
    value: (g, { t }) => t(`groups.recognition.${g.recognition}`),
    format: 'text',
  },
];
