import { changeTone, type Change } from '../figures/figures';
import { useI18n } from '../i18n/i18n-context';
import '../i18n/messages/views/reporting';
import { toneClass } from './colors';

/** The arrow of a change's direction: always beside words, never the only signal. */
export const changeArrows = { up: '▲', down: '▼', flat: '■' } as const;

/**
 * A change in words: "Down 5.0 %", "No change", "About the same (0.0 %)" when it moved by less than
 * the shown precision, or "New" where there was none a year earlier (no percentage from zero), or
 * "No data a year earlier" when the data begins after it. One wording for every indicator, cell
 * and note.
 */
export function useChangeWords(): (change: Change) => string {
  const { t, fmt } = useI18n();
  return (change) => {
    if (change.priorBeforeData !== undefined)
      return t('change.noPriorData', { month: fmt.month(change.priorBeforeData) });
    if (change.ratio === null) return change.current === 0 ? t('change.flat') : t('change.new');
    if (change.delta === 0) return t('change.flat');
    // Moved, but by less than the shown precision: say the rounded figure, not "no change".
    if (change.direction === 'flat') return t('change.nearlyFlat', { value: fmt.percentAbs(change.ratio) });
    return t(change.direction === 'up' ? 'change.up' : 'change.down', {
      value: fmt.percentAbs(change.ratio),
    });
  };
}

/**
 * A change against the same months a year earlier, said in words with an arrow (colour is never
 * the only signal). `better` says which direction is good news for this figure; `digits` the
 * decimals of the year-earlier figure, as the figure itself shows them (hours: 1).
 */
export function ChangeIndicator({
  change,
  better,
  digits = 0,
}: {
  change: Change;
  better: 'up' | 'down';
  digits?: number;
}) {
  const { t, fmt } = useI18n();
  const tone = changeTone(change, better);
  const text = useChangeWords()(change);
  const verdict = tone === 'good' ? t('change.good') : tone === 'bad' ? t('change.bad') : null;
  return (
    <p
      className={`flex flex-wrap items-center gap-x-2 text-sm ${toneClass[tone]}`}
      data-testid="change"
      data-tone={tone}
    >
      {change.priorBeforeData === undefined && (
        <span aria-hidden="true">{changeArrows[change.direction]}</span>
      )}
      <span>{text}</span>
      {verdict && <span className="sr-only">({verdict})</span>}
      {change.smallBase && <span className="chip">{t('change.smallNumbers')}</span>}
      {change.incompleteReports && (
        <span className="chip" data-testid="change-incomplete">
          {t('reporting.chip')}
        </span>
      )}
      {change.priorBeforeData === undefined && (
        <span className="text-muted">{t('change.prior', { value: fmt.decimal(change.prior, digits) })}</span>
      )}
    </p>
  );
}
