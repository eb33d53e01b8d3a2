import { useViewState } from '../hooks/use-view-state';
import { useI18n } from '../i18n/i18n-context';

/**
 * What the period shown owes to the data rather than to the request: shortened to the months with
 * data, replaced because none of it had data, or ending at an as-of month inferred from the rows.
 * One wording wherever the period is stated (selector, headings, deck, notes, report); null when
 * there is nothing to say.
 */
export function usePeriodNote(): string | null {
  const { t, fmt } = useI18n();
  const { period, periodNote, data } = useViewState();
  const range = fmt.monthRange(period.from, period.to);
  const parts = [
    periodNote === 'clipped' ? t('range.clipped', { range }) : null,
    periodNote === 'outside' ? t('range.outside', { range }) : null,
    data.inferred ? t('range.inferredShort') : null,
  ].filter((p) => p !== null);
  return parts.length > 0 ? parts.join(' · ') : null;
}

export function PeriodNote({ className = '' }: { className?: string }) {
  const note = usePeriodNote();
  if (note === null) return null;
  return (
    <p className={`text-sm text-muted ${className}`} data-testid="period-note">
      {note}
    </p>
  );
}
