import type { ReactNode } from 'react';
import type { Area, AreaLevel } from '../../api/schemas';
import type { Period } from '../../figures/months';
import type { Ranking } from '../../figures/ranking';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/wards';
import { csvFileName } from '../../lib/csv';
import { Panel, type PanelQuery } from '../panel';
import { useUnitNames } from '../unit-names';
import type { CompareSelection } from './ranking-cells';
import { RankingTable, type RankingTableState } from './ranking-table';

/** The ranking of an area's children in a panel with its loading, empty and error states. */
export function RankingPanel({
  area,
  level,
  period,
  queries,
  ranking,
  state,
  onStateChange,
  compare,
  children,
}: {
  area: Area | undefined;
  level: AreaLevel | null;
  period: Period;
  queries: readonly PanelQuery[];
  ranking: Ranking | null;
  state: RankingTableState;
  onStateChange: (patch: RankingTableState) => void;
  compare?: CompareSelection;
  /** Shown above the table (e.g. the compare bar). */
  children?: ReactNode;
}) {
  const { t } = useI18n();
  const units = useUnitNames();
  // Named for what the children are: "Các xã, phường, đặc khu", never a level's generic "quận, huyện".
  const levelLabel = units.children(ranking?.rows ?? [], level);
  const caption = area ? t('wards.caption', { level: levelLabel, name: area.name }) : levelLabel;
  return (
    <Panel title={caption} queries={queries} isEmpty={ranking !== null && ranking.rows.length === 0}>
      {() =>
        ranking &&
        area && (
          <div className="flex flex-col gap-3">
            {/* How to read the ranking: under it on a phone, whose first screen is for the rows. */}
            <p className="text-sm text-muted max-sm:order-last">{t('wards.intro')}</p>
            {children}
            <RankingTable
              caption={caption}
              rows={ranking.rows}
              totals={ranking.totals}
              state={state}
              onStateChange={onStateChange}
              // csvFileName's folded name (no diacritics), as the CSV download always had; the menu
              // adds ".csv" or ".xlsx".
              exportFileName={csvFileName([
                t('wards.csv.file'),
                area.name,
                `${period.from}..${period.to}`,
              ]).replace(/\.csv$/, '')}
              {...(compare ? { compare } : {})}
            />
          </div>
        )
      }
    </Panel>
  );
}
