import { pointsShown } from '../figures/figures';
import { useI18n } from '../i18n/i18n-context';
import { changeArrows } from './change-indicator';
import { toneClass } from './colors';

/**
 * A change of a rate in percentage points. `priorBase` is the prior rate's denominator: on a small
 * base the change is marked "small numbers" and not coloured as a trend.
 */
export function PointsIndicator({
  points,
  priorBase,
  better,
}: {
  points: number | null;
  priorBase: number;
  better: 'up' | 'down';
}) {
  const { t, fmt } = useI18n();
  if (points === null)
    return (
      <p className="text-sm text-muted" data-testid="points">
        —
      </p>
    );
  const { direction, tone } = pointsShown(points, priorBase, better);
  const small = tone === 'smallNumbers';
  return (
    <p
      className={`flex flex-wrap items-center gap-x-2 text-sm ${toneClass[tone]}`}
      data-testid="points"
      data-tone={tone}
    >
      <span aria-hidden="true">{changeArrows[direction]}</span>
      <span>{t('change.points', { value: fmt.points(points * 100) })}</span>
      {tone === 'good' && <span className="sr-only">({t('change.good')})</span>}
      {tone === 'bad' && <span className="sr-only">({t('change.bad')})</span>}
      {small && <span className="chip">{t('change.smallNumbers')}</span>}
    </p>
  );
}
