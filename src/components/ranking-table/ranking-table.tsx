import { useMemo } from 'react';
import type { AreaFigures, RankingRow } from '../../figures/ranking';
import { DataTable } from '../data-table/data-table';
import { CompareSelectionContext, type CompareSelection } from './ranking-cells';
import { rankingColumns } from './ranking-columns';
import { useRankingHiddenColumns } from './ranking-defaults';
import { rankingExportFields } from './ranking-export';
import { FixedRankingTable } from './ranking-fixed';

/** The table state in the URL: `sort`, `q` (name filter) and `cols` (hidden columns). */
export interface RankingTableState {
  sort?: string;
  q?: string;
  cols?: string;
}

const rowId = (r: RankingRow) => r.id;
// Where rows cannot be picked for Compare, the checkbox column is left out altogether.
const columnsWithoutCompare = rankingColumns.filter((c) => c.id !== 'compare');

type ScreenProps = {
  density?: 'screen';
  caption: string;
  rows: RankingRow[];
  totals: AreaFigures | null;
  state: RankingTableState;
  onStateChange: (patch: RankingTableState) => void;
  /** Without extension: the CSV and the XLSX download share it. */
  exportFileName: string;
  compare?: CompareSelection;
};

/** A slide or a page: nothing to sort or filter, the columns that fit, `maxRows` on a slide. */
type FixedProps = Parameters<typeof FixedRankingTable>[0];

const isFixed = (props: ScreenProps | FixedProps): props is FixedProps =>
  props.density === 'slide' || props.density === 'print';

/**
 * The one rendering of the ranking, for the Wards view (`screen`, the default), the deck
 * (`slide`) and the report (`print`): the same columns, cells and words in all three.
 */
export function RankingTable(props: ScreenProps | FixedProps) {
  return isFixed(props) ? (
    <FixedRankingTable {...props} />
  ) : (
    <div data-figure="ranking" data-density="screen">
      <ScreenRankingTable {...props} />
    </div>
  );
}

/**
 * The ranking of an area's children as a sortable, filterable table with the area's own totals
 * in the footer. With `compare`, each row gets an "add to compare" checkbox.
 */
function ScreenRankingTable({
  caption,
  rows,
  totals,
  state,
  onStateChange,
  exportFileName,
  compare,
}: ScreenProps) {
  const totalsRow = useMemo<RankingRow | null>(
    () => (totals ? { ...totals, rank: null, priorRank: null, rankChange: null } : null),
    [totals],
  );
  const columns = useRankingHiddenColumns(state.cols, (cols) => onStateChange({ cols }));
  return (
    <CompareSelectionContext.Provider value={compare ?? null}>
      <DataTable
        caption={caption}
        columns={compare ? rankingColumns : columnsWithoutCompare}
        data={rows}
        totals={totalsRow}
        getRowId={rowId}
        sort={state.sort}
        onSortChange={(sort) => onStateChange({ sort })}
        filter={state.q}
        onFilterChange={(q) => onStateChange({ q })}
        hidden={columns.hidden}
        onHiddenChange={columns.onHiddenChange}
        exportFileName={exportFileName}
        exportFields={rankingExportFields}
        testId="ranking-table"
      />
    </CompareSelectionContext.Provider>
  );
}
