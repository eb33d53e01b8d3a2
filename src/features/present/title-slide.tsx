import { DemoNote } from '../../components/demo-note';
import { OutsideAreaNote } from '../../components/outside-area-note';
import { PeriodNote } from '../../components/period-note';
import { useI18n } from '../../i18n/i18n-context';
import { SlideFrame } from './slide-frame';
import type { DeckData } from './use-deck-data';
import { useUnitNames } from '../../components/unit-names';

/** The area, the period, what it is compared with and how recent the data is. */
export function TitleSlide({ data, title }: { data: DeckData; title: string }) {
  const { t, fmt } = useI18n();
  const units = useUnitNames();
  const { area, view } = data;
  return (
    <SlideFrame id="title" title={title} queries={[data.areasQuery]}>
      {() =>
        area && (
          <div className="title-slide">
            <p className="title-level">{units.unit(area)}</p>
            <OutsideAreaNote className="text-muted-strong" />
            <p className="title-period" data-testid="title-period">
              {fmt.monthRange(view.period.from, view.period.to)}
            </p>
            <PeriodNote />
            <p data-testid="title-comparison">
              {t('period.comparison', { range: fmt.monthRange(view.prior.from, view.prior.to) })}
            </p>
            <p className="text-muted-strong" data-testid="title-as-of">
              {t(view.data.inferred ? 'range.asOfInferred' : 'asOf', { month: fmt.month(view.asOf) })}
            </p>
            <DemoNote testId="title-demo" />
          </div>
        )
      }
    </SlideFrame>
  );
}
