import { Link } from '@tanstack/react-router';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/wards';

/** The rows ticked for Compare, and the way there once there are enough. */
export function CompareBar({
  ids,
  names,
  min,
  onClear,
}: {
  ids: readonly string[];
  names: readonly string[];
  min: number;
  onClear: () => void;
}) {
  const { t, fmt } = useI18n();
  return (
    <div
      // Only the hint, on a phone, goes under the ranking; picked rows keep their link above it.
      className={`flex flex-wrap items-center gap-2 text-sm ${ids.length === 0 ? 'max-sm:order-last' : ''}`}
      data-testid="compare-bar"
    >
      {ids.length >= min ? (
        <Link
          to="/compare"
          search={(prev) => ({ area: prev.area, period: prev.period, lang: prev.lang, areas: ids.join(',') })}
          className="btn"
        >
          {t('wards.compareSelected', { count: fmt.number(ids.length) })}
        </Link>
      ) : (
        <span className="text-muted">{t('wards.compareHint')}</span>
      )}
      {ids.length > 0 && (
        <>
          <span className="text-muted">{names.join(', ')}</span>
          <button type="button" className="btn btn-small" onClick={onClear}>
            {t('wards.compareClear')}
          </button>
        </>
      )}
    </div>
  );
}
