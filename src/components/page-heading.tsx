import { Link } from '@tanstack/react-router';
import type { Area } from '../api/schemas';
import type { Period } from '../figures/months';
import { useI18n } from '../i18n/i18n-context';
import { Name } from './name';
import { PeriodNote } from './period-note';
import { useUnitNames } from './unit-names';

/** The view's title with the area and period it shows, as a projector audience needs to read them. */
export function PageHeading({
  title,
  area,
  period,
  prior,
  fullName = false,
}: {
  title: string;
  area: Area | undefined;
  period: Period;
  prior: Period;
  /** The area detail shows the whole name, however long; other views may cut it short. */
  fullName?: boolean;
}) {
  const { t, fmt } = useI18n();
  const units = useUnitNames();
  return (
    <div className="flex flex-col gap-1">
      <h1 className="text-xl font-bold md:text-2xl" data-testid="page-title">
        {area ? (
          <>
            {title}: <Name name={area.name} full={fullName} />
          </>
        ) : (
          title
        )}
      </h1>
      <p className="text-sm text-muted md:text-base" data-testid="page-period">
        {area && `${units.unit(area)} · `}
        {fmt.monthRange(period.from, period.to)} ·{' '}
        {t('period.comparison', { range: fmt.monthRange(prior.from, prior.to) })}
      </p>
      <PeriodNote />
    </div>
  );
}

export function AreaNotFound({ id }: { id: string }) {
  const { t } = useI18n();
  return (
    <div role="alert" className="error-box flex flex-col items-start gap-2">
      <h1 className="text-xl font-bold">{t('area.notFound', { id })}</h1>
      <Link to="/" search={(prev) => ({ ...prev, area: undefined })} className="btn">
        {t('notFound.back')}
      </Link>
    </div>
  );
}
