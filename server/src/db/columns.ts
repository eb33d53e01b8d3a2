// Column names of the fact and aggregate tables (migrations/001_schema.sql), derived from the
// contract's category lists so routes, seed and aggregates agree. Only these constants are ever
// spliced into SQL text; request values always travel as $n parameters.
import {
  groupTypes,
  incidentCategories,
  mediationCategories,
  mediationOutcomes,
} from '../../../src/api/schemas';

export const INCIDENT_COLUMNS = incidentCategories.map((category) => ({
  category,
  column: `inc_${category}`,
}));

export const MEDIATION_COLUMNS = mediationCategories.flatMap((category) =>
  mediationOutcomes.map((outcome) => ({ category, outcome, column: `med_${category}_${outcome}` })),
);

/** Every summable column of ward_month / area_month, in table order. */
export const FACT_COLUMNS: readonly string[] = [
  ...INCIDENT_COLUMNS.map((c) => c.column),
  'inc_total',
  'patrols',
  'night_patrols',
  'participants',
  'extra_half_hours',
  'findings',
  ...MEDIATION_COLUMNS.map((c) => c.column),
];

export const TYPE_COLUMNS = groupTypes.map((type) => ({ type, column: `type_${type}` }));
