// What the ranking's figures look like in a CSV or XLSX file, per ranking column id. Shared by the
// ranking table and the Compare view so both files use the same headers and values: rates as
// fractions (shown as percentages in XLSX) with their numerator and denominator in their own
// numeric columns, verdicts as 1/0.
import type { AreaFigures, RankingRow } from '../../figures/ranking';
import '../../i18n/messages/views/wards';
import type { CsvField, CsvFields } from '../data-table/csv-export';

const yesNo = (met: boolean | null) => (met === null ? null : met ? 1 : 0);

/** The ranking's column ids that show one of an area's figures. */
export type AreaFigureColumn =
  | 'population'
  | 'incidents'
  | 'prior'
  | 'change'
  | 'incidentTarget'
  | 'rate'
  | 'mediation'
  | 'patrols'
  | 'groups'
  | 'members'
  | 'coverage'
  | 'cameras'
  | 'usual';

/** Every figure column of an area, keyed by the ranking's column ids. */
export const areaFigureFields: Record<AreaFigureColumn, readonly CsvField<AreaFigures>[]> = {
  population: [{ label: 'wards.col.population', value: (r) => r.population }],
  incidents: [{ label: 'wards.col.incidents', value: (r) => r.incidents.current }],
  prior: [{ label: 'wards.col.prior', value: (r) => r.incidents.prior }],
  change: [
    { label: 'wards.col.change', value: (r) => r.incidents.ratio, format: 'percent' },
    // A change over unreported ward-months is not a trend: the file says which rows have one.
    { label: 'wards.csv.incompleteReports', value: (r) => (r.incidents.incompleteReports ? 1 : 0) },
  ],
  incidentTarget: [{ label: 'wards.csv.incidentTarget', value: (r) => yesNo(r.incidentTargetMet) }],
  rate: [{ label: 'wards.col.rate', value: (r) => r.incidentRate }],
  mediation: [
    { label: 'wards.col.mediation', value: (r) => r.mediationRate.value, format: 'percent' },
    { label: 'wards.csv.resolved', value: (r) => r.mediationRate.numerator },
    { label: 'wards.csv.closed', value: (r) => r.mediationRate.denominator },
    { label: 'wards.csv.mediationTarget', value: (r) => yesNo(r.mediationTargetMet) },
  ],
  patrols: [{ label: 'wards.col.patrols', value: (r) => r.patrolsPerMonth }],
  groups: [{ label: 'wards.col.groups', value: (r) => r.activeGroups }],
  members: [{ label: 'wards.col.members', value: (r) => r.members }],
  coverage: [
    { label: 'wards.col.coverage', value: (r) => r.coverage?.value ?? null, format: 'percent' },
    { label: 'wards.csv.covered', value: (r) => r.coverage?.numerator ?? null },
    { label: 'wards.csv.residentialAreas', value: (r) => r.coverage?.denominator ?? null },
  ],
  cameras: [{ label: 'wards.col.cameras', value: (r) => r.cameras }],
  usual: [
    // The same words as the table's cell, in the file's language.
    {
      label: 'wards.col.usual',
      value: (r, t) =>
        t(
          !r.usualRange
            ? 'wards.usualNone'
            : r.usualRangeFlag === 'high'
              ? 'wards.usualHigh'
              : r.usualRangeFlag === 'low'
                ? 'wards.usualLow'
                : 'wards.usualWithin',
        ),
    },
    { label: 'wards.csv.usualLow', value: (r) => r.usualRange?.low ?? null },
    { label: 'wards.csv.usualHigh', value: (r) => r.usualRange?.high ?? null },
  ],
};

/**
 * The ranking table's overrides of its columns' default export (the sort value under the header):
 * the rank with the rank a year earlier, and every figure as defined above.
 */
export const rankingExportFields: CsvFields<RankingRow> = {
  ...areaFigureFields,
  rank: [
    { label: 'wards.col.rank', value: (r) => r.rank },
    { label: 'wards.csv.priorRank', value: (r) => r.priorRank },
  ],
};
