import { PHONE_QUERY, useMediaQuery } from '../../hooks/use-media-query';
import { rankingColumns } from './ranking-columns';

/** What the ranking is about: its place, its name, and incidents with their change and rate. */
const PHONE_COLUMNS: ReadonlySet<string> = new Set([
  'compare',
  'rank',
  'name',
  'incidents',
  'change',
  'rate',
]);
const phoneHidden = rankingColumns
  .map((c) => c.id ?? '')
  .filter((id) => !PHONE_COLUMNS.has(id))
  .join(',');
/** `cols` that names no column: every column shown, as chosen in the menu (no `cols`: the defaults). */
const NONE_HIDDEN = '-';

/**
 * The hidden columns when the URL names none (`cols` absent): on a phone, all but the key ones
 * (the column menu adds the rest); elsewhere none. A choice made in the menu goes into the URL and
 * then holds at every width, so a shared link shows the columns its sender chose.
 */
export function useRankingHiddenColumns(
  cols: string | undefined,
  onChange: (cols: string | undefined) => void,
): { hidden: string | undefined; onHiddenChange: (cols: string | undefined) => void } {
  const phone = useMediaQuery(PHONE_QUERY);
  return {
    hidden: cols ?? (phone ? phoneHidden : undefined),
    // Showing every column on a phone must not fall back to the phone's defaults.
    onHiddenChange: (next) => onChange(next ?? (phone ? NONE_HIDDEN : undefined)),
  };
}
