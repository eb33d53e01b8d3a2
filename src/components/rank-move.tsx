import { useI18n } from '../i18n/i18n-context';
import type { MessageKey } from '../i18n/locales';

/**
 * How many places an area moved in the ranking since a year earlier: an arrow and the places,
 * said in words for screen readers (`upKey` / `downKey`, whose `{count, plural, …}` takes the
 * number of places). Nothing when the area kept its place or had no rank a year earlier.
 */
export function RankMove({
  moved,
  className,
  upKey,
  downKey,
}: {
  moved: number | null;
  className: string;
  upKey: MessageKey;
  downKey: MessageKey;
}) {
  const { t, fmt } = useI18n();
  if (moved === null || moved === 0) return null;
  const count = fmt.number(Math.abs(moved));
  return (
    <span className={`${className} ${moved > 0 ? 'tone-good' : 'tone-bad'}`}>
      <span aria-hidden="true">
        {moved > 0 ? ' ▲' : ' ▼'}
        {count}
      </span>
      <span className="sr-only">{t(moved > 0 ? upKey : downKey, { count: Math.abs(moved) })}</span>
    </span>
  );
}
