// The change of a figure against the same months a year earlier, as every table, slide, report
// section and speaker note says it. One module, so the arrow, the signed difference, the words and
// the small-numbers chip with its counts cannot drift apart between the views, the deck and the
// report (they had: only the Wards table showed the counts).
import { changeTone, type Change } from '../figures/figures';
import { useI18n } from '../i18n/i18n-context';
import '../i18n/messages/views/reporting';
import { changeArrows, useChangeWords } from './change-indicator';
import { toneClass } from './colors';

/**
 * A change for a table cell or a line of a slide: arrow and signed difference, the percentage in
 * words, and the marks that say not to read it as a trend. `better` says which direction is good
 * news; without it (a figure that is neither, such as findings) the change is never coloured.
 */
export function ChangeCell({ change, better }: { change: Change; better?: 'up' | 'down' }) {
  const { t, fmt } = useI18n();
  const tone = changeTone(change, better);
  const text = useChangeWords()(change);
  const sign = change.delta > 0 ? '+' : change.delta < 0 ? '−' : '';
  return (
    <span
      className={`inline-flex flex-wrap items-baseline gap-x-1.5 ${toneClass[tone]}`}
      data-figure="change"
      data-testid="change"
      data-tone={tone}
    >
      {/* Without a year-earlier figure there is no difference to point at. */}
      {change.priorBeforeData === undefined && (
        <span className="whitespace-nowrap font-semibold">
          <span aria-hidden="true">{changeArrows[change.direction]}</span>
          {change.delta !== 0 && ` ${sign}${fmt.number(Math.abs(change.delta))}`}
        </span>
      )}
      <span>{text}</span>
      {tone === 'good' && <span className="sr-only">({t('change.good')})</span>}
      {tone === 'bad' && <span className="sr-only">({t('change.bad')})</span>}
      {change.incompleteReports && (
        <span className="chip whitespace-nowrap" data-testid="change-incomplete">
          {t('reporting.chip')}
        </span>
      )}
      {change.smallBase && (
        <span className="chip whitespace-nowrap" data-testid="change-small">
          {t('change.smallCounts', { prior: fmt.number(change.prior), current: fmt.number(change.current) })}
        </span>
      )}
    </span>
  );
}

/**
 * The same change as text, for the speaker notes (read out, not looked at): the words with the
 * same marks as the cell's chips ("Down 5.0 % (small numbers (3 → 2))").
 */
export function useChangeText(): (change: Change) => string {
  const { t, fmt } = useI18n();
  const words = useChangeWords();
  return (c) => {
    const marks = [
      c.smallBase
        ? t('change.smallCounts', { prior: fmt.number(c.prior), current: fmt.number(c.current) })
        : null,
      c.incompleteReports ? t('reporting.chip') : null,
    ].filter((m) => m !== null);
    return marks.length > 0 ? `${words(c)} (${marks.join(', ')})` : words(c);
  };
}
