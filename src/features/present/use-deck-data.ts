import { useAreaSummary } from '../../hooks/use-area-summary';
import { MOVES_LIMIT } from './slides';

/**
 * Every query and figure of the deck, for the deck and its notes window alike: the area summary
 * the report shares. All slides' data loads at once, so moving through the deck never waits.
 */
export function useDeckData() {
  const { rank, patrolActivity, ...summary } = useAreaSummary(MOVES_LIMIT);
  return { ...summary, patrols: patrolActivity, rankingLevel: rank.level };
}

export type DeckData = ReturnType<typeof useDeckData>;
