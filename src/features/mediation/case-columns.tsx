import type { MediationCase, MediationCategory, MediationOutcome } from '../../api/schemas';
import { WARD_NAME_SORT } from '../../api/sort-fields';
import { mediationOutcomeColors } from '../../components/colors';
import { AreaNameCell, DateCell, GroupNameCell } from '../../components/server-table/cells';
import { serverColumnHelper } from '../../components/server-table/features';
import {
  areaName,
  groupName,
  type RegistryExportColumn,
} from '../../components/server-table/registry-export';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/mediation';

function CategoryCell({ value }: { value: MediationCategory }) {
  const { t } = useI18n();
  return <>{t(`mediation.category.${value}`)}</>;
}

/** The outcome in words beside its colour swatch (the swatch alone would say nothing to some readers). */
function OutcomeCell({ value }: { value: MediationOutcome }) {
  const { t } = useI18n();
  return (
    <span className="inline-flex items-center gap-2 whitespace-nowrap">
      <span
        aria-hidden="true"
        className="inline-block size-2.5 rounded-sm"
        style={{ background: mediationOutcomeColors[value] }}
      />
      {t(`mediation.outcome.${value}`)}
    </span>
  );
}

function ClosedCell({ value }: { value: string | null }) {
  const { t } = useI18n();
  return <DateCell value={value} empty={t('mediation.notClosed')} />;
}

const helper = serverColumnHelper<MediationCase>();

/** Column ids are the API's sort fields; ward and team sort by id, which keeps each one's cases together. */
export const caseColumns = helper.columns([
  helper.accessor('receivedOn', {
    meta: { label: 'mediation.col.receivedOn' },
    sortDescFirst: true,
    cell: (info) => <DateCell value={info.getValue()} />,
  }),
  helper.accessor('closedOn', {
    meta: { label: 'mediation.col.closedOn' },
    sortDescFirst: true,
    cell: (info) => <ClosedCell value={info.getValue()} />,
  }),
  helper.accessor('wardId', {
    // Sorted by the ward's name (the API's `wardName`), not by its id.
    id: WARD_NAME_SORT,
    meta: { label: 'mediation.col.ward' },
    cell: (info) => <AreaNameCell id={info.getValue()} />,
  }),
  helper.accessor('groupId', {
    meta: { label: 'mediation.col.team' },
    cell: (info) => <GroupNameCell id={info.getValue()} name={info.row.original.groupName} />,
  }),
  helper.accessor('category', {
    meta: { label: 'mediation.col.category' },
    cell: (info) => <CategoryCell value={info.getValue()} />,
  }),
  helper.accessor('outcome', {
    meta: { label: 'mediation.col.outcome' },
    cell: (info) => <OutcomeCell value={info.getValue()} />,
  }),
]);

export const DEFAULT_CASE_SORT = '-receivedOn';

/**
 * Every matching case in a file: dates as YYYY-MM-DD text (an open case has no closing date),
 * ward and team names as the table shows them (a team's id while its name is not loaded).
 */
export const caseExportColumns: readonly RegistryExportColumn<MediationCase>[] = [
  { header: 'mediation.col.id', value: (c) => c.id, format: 'text' },
  { header: 'mediation.col.receivedOn', value: (c) => c.receivedOn, format: 'text' },
  { header: 'mediation.col.closedOn', value: (c) => c.closedOn, format: 'text' },
  { header: 'mediation.col.ward', value: (c, { names }) => areaName(names, c.wardId), format: 'text' },
  { header: 'mediation.col.team', value: (c, { names }) => groupName(names, c), format: 'text' },
  {
    header: 'mediation.col.category',
    value: (c, { t }) => t(`mediation.category.${c.category}`),
    format: 'text',
  },
  {
    header: 'mediation.col.outcome',
    value: (c, { t }) => t(`mediation.outcome.${c.outcome}`),
    format: 'text',
  },
];
