import { rateShown } from '../figures/rates';
import type { Ratio } from '../figures/figures';
import { useI18n } from '../i18n/i18n-context';

/**
 * A rate with its counts, "75.0 % (412 / 530)", following the small-numbers rule (src/figures/
 * rates): on fewer cases than the rule's base the percentage is muted and marked with the same
 * "small numbers" chip as a change on a small base, so one case never reads as a 0 % or 100 % trend.
 */
export function RateCell({ ratio }: { ratio: Ratio }) {
  const { t, fmt } = useI18n();
  const shown = rateShown(ratio);
  if (shown.value === null) return <span className="text-muted">—</span>;
  return (
    <span
      className="inline-flex flex-wrap items-center justify-end gap-x-1 whitespace-nowrap"
      data-small={shown.small ? 'true' : undefined}
    >
      <span className={shown.small ? 'text-muted' : undefined}>{fmt.percent(shown.value)}</span>{' '}
      <span className="text-muted">
        ({fmt.number(shown.numerator)} / {fmt.number(shown.denominator)})
      </span>{' '}
      {shown.small && <span className="chip">{t('change.smallNumbers')}</span>}
    </span>
  );
}
