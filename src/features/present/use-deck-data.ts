import { useMemo } from 'react';
import { monthlyPatrols, monthlyResolutionRates } from '../../figures/activity';
import { useAreaSummary } from '../../hooks/use-area-summary';
import { MOVES_LIMIT } from './slides';

/**
 * Every query and figure of the deck, for the deck and its notes window alike: the area summary
 * the report shares, plus the months behind the mediation and patrols charts (from the same
 * responses, computed as the Mediation and Patrols views do). All slides' data loads at once, so
 * moving through the deck never waits.
 */
export function useDeckData() {
  const { rank, patrolActivity, ...summary } = useAreaSummary(MOVES_LIMIT);
  const { area, queries } = summary;
  const { period } = summary.view;
  const mediationData = queries.mediation.data;
  const patrolsData = queries.patrols.data;
  const monthlyRates = useMemo(
    () => (area && mediationData ? monthlyResolutionRates(mediationData.items, area.id, period) : undefined),
    [area, mediationData, period],
  );
  const patrolMonths = useMemo(
    () => (area && patrolsData ? monthlyPatrols(patrolsData.items, area.id, period) : undefined),
    [area, patrolsData, period],
  );
  return {
    ...summary,
    patrols: patrolActivity,
    rankingLevel: rank.level,
    monthlyRates,
    monthlyPatrols: patrolMonths,
  };
}

export type DeckData = ReturnType<typeof useDeckData>;
