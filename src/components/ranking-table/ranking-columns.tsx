// The ranking's columns, defined once at module scope (TanStack Table needs them stable). Sort
// values are plain numbers or names; a missing figure is `undefined` so it sorts last both ways.
import { dataColumnHelper } from '../data-table/features';
import type { RankingRow } from '../../figures/ranking';
import '../../i18n/messages/views/wards';
import { ChangeCell } from '../change-cell';
import { CoverageDetail } from '../coverage-detail';
import { TargetVerdict } from '../target-verdict';
import { CompareCell, CountCell, NameCell, RankCell, RatioCell, UsualRangeCell } from './ranking-cells';
import { Name } from '../name';

const h = dataColumnHelper<RankingRow>();
const num = (v: number | null | undefined) => (v === null ? undefined : v);
const verdict = (met: boolean | null) => (met === null ? undefined : met ? 1 : 0);
const flagValue = { high: 1, low: -1 } as const;

export const rankingColumns = h.columns([
  h.display({
    id: 'compare',
    enableSorting: false,
    enableHiding: false,
    meta: { label: 'wards.col.compare', alwaysVisible: true, noCsv: true },
    cell: (ctx) =>
      ctx.table.options.meta?.part === 'totals' ? null : <CompareCell row={ctx.row.original} />,
  }),
  h.accessor((r) => num(r.rank), {
    id: 'rank',
    sortFn: 'number',
    meta: { label: 'wards.col.rank', description: 'wards.col.rankHelp', numeric: true },
    cell: (ctx) => (ctx.table.options.meta?.part === 'totals' ? null : <RankCell row={ctx.row.original} />),
  }),
  h.accessor('name', {
    id: 'name',
    sortFn: 'name',
    enableHiding: false,
    meta: { label: 'wards.col.name', rowHeader: true, filterable: true, alwaysVisible: true },
    cell: (ctx) => <NameCell row={ctx.row.original} totals={ctx.table.options.meta?.part === 'totals'} />,
  }),
  h.accessor((r) => r.parentName ?? undefined, {
    id: 'parent',
    sortFn: 'name',
    meta: { label: 'wards.col.parent' },
    cell: (ctx) => {
      const parent = ctx.getValue();
      return parent === undefined ? '—' : <Name name={parent} clamp />;
    },
  }),
  h.accessor('population', {
    id: 'population',
    sortFn: 'number',
    meta: { label: 'wards.col.population', numeric: true },
    cell: (ctx) => <CountCell value={ctx.getValue()} />,
  }),
  h.accessor((r) => r.incidents.current, {
    id: 'incidents',
    sortFn: 'number',
    meta: { label: 'wards.col.incidents', numeric: true },
    cell: (ctx) => <CountCell value={ctx.getValue()} />,
  }),
  h.accessor((r) => r.incidents.prior, {
    id: 'prior',
    sortFn: 'number',
    meta: { label: 'wards.col.prior', numeric: true },
    cell: (ctx) => <CountCell value={ctx.getValue()} />,
  }),
  h.accessor((r) => num(r.incidents.ratio), {
    id: 'change',
    sortFn: 'number',
    meta: { label: 'wards.col.change', description: 'wards.col.changeHelp', numeric: true },
    cell: (ctx) => <ChangeCell change={ctx.row.original.incidents} better="down" />,
  }),
  h.accessor((r) => verdict(r.incidentTargetMet), {
    id: 'incidentTarget',
    sortFn: 'number',
    meta: { label: 'wards.col.incidentTarget', description: 'wards.col.incidentTargetHelp' },
    cell: (ctx) => <TargetVerdict met={ctx.row.original.incidentTargetMet} size="cell" />,
  }),
  h.accessor((r) => num(r.incidentRate), {
    id: 'rate',
    sortFn: 'number',
    meta: { label: 'wards.col.rate', description: 'wards.col.rateHelp', numeric: true },
    cell: (ctx) => <CountCell value={ctx.row.original.incidentRate} digits={1} />,
  }),
  h.accessor((r) => num(r.mediationRate.value), {
    id: 'mediation',
    sortFn: 'number',
    meta: { label: 'wards.col.mediation', description: 'wards.col.mediationHelp', numeric: true },
    cell: (ctx) => (
      <RatioCell ratio={ctx.row.original.mediationRate} met={ctx.row.original.mediationTargetMet} />
    ),
  }),
  h.accessor((r) => num(r.patrolsPerMonth), {
    id: 'patrols',
    sortFn: 'number',
    meta: { label: 'wards.col.patrols', numeric: true },
    cell: (ctx) => <CountCell value={ctx.row.original.patrolsPerMonth} digits={1} />,
  }),
  h.accessor((r) => num(r.activeGroups), {
    id: 'groups',
    sortFn: 'number',
    meta: { label: 'wards.col.groups', numeric: true },
    cell: (ctx) => <CountCell value={ctx.row.original.activeGroups} />,
  }),
  h.accessor((r) => num(r.members), {
    id: 'members',
    sortFn: 'number',
    meta: { label: 'wards.col.members', numeric: true },
    cell: (ctx) => <CountCell value={ctx.row.original.members} />,
  }),
  h.accessor((r) => num(r.coverage?.value), {
    id: 'coverage',
    sortFn: 'number',
    meta: { label: 'wards.col.coverage', description: 'wards.col.coverageHelp', numeric: true },
    cell: (ctx) => <CoverageDetail coverage={ctx.row.original.coverage} size="cell" />,
  }),
  h.accessor('cameras', {
    id: 'cameras',
    sortFn: 'number',
    meta: { label: 'wards.col.cameras', numeric: true },
    cell: (ctx) => <CountCell value={ctx.getValue()} />,
  }),
  h.accessor(
    (r) => (r.usualRange === null ? undefined : r.usualRangeFlag === null ? 0 : flagValue[r.usualRangeFlag]),
    {
      id: 'usual',
      sortFn: 'number',
      meta: { label: 'wards.col.usual', description: 'wards.col.usualHelp' },
      cell: (ctx) => (
        <UsualRangeCell
          flag={ctx.row.original.usualRangeFlag}
          hasRange={ctx.row.original.usualRange !== null}
        />
      ),
    },
  ),
]);
