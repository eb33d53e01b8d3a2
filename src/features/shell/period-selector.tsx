import { useId, useState, type FormEvent } from 'react';
import { compareMonths, fullYearsIn, isMonth, type Month } from '../../figures/months';
import { PeriodNote } from '../../components/period-note';
import { useI18n } from '../../i18n/i18n-context';
import { formatPeriodSpec, type PeriodSpec } from '../../lib/view-state';
import { useSetSearch } from './use-set-search';

interface Props {
  spec: PeriodSpec;
  asOf: Month;
  /** The first month with data: full calendar years are offered only inside the data. */
  firstMonth: Month;
  from: Month;
  to: Month;
}

export function PeriodSelector({ spec, asOf, firstMonth, from, to }: Props) {
  const { t } = useI18n();
  const setSearch = useSetSearch();
  const id = useId();
  const years = fullYearsIn(firstMonth, asOf);
  // A year not offered (outside the data, or partly) stands as the custom range it was bounded to.
  const offered = spec.kind !== 'year' || years.includes(spec.year);
  const [customOpen, setCustomOpen] = useState(spec.kind === 'range' || !offered);
  const [draft, setDraft] = useState({ from, to });
  const [invalid, setInvalid] = useState(false);

  const selectValue = customOpen || spec.kind === 'range' || !offered ? 'range' : formatPeriodSpec(spec);

  const onSelect = (value: string) => {
    if (value === 'range') {
      setDraft({ from, to });
      setCustomOpen(true);
      return;
    }
    setCustomOpen(false);
    setSearch({ period: value });
  };

  const apply = (e: FormEvent) => {
    e.preventDefault();
    if (!isMonth(draft.from) || !isMonth(draft.to) || compareMonths(draft.from, draft.to) > 0) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    setSearch({ period: formatPeriodSpec({ kind: 'range', from: draft.from, to: draft.to }) });
  };

  return (
    <div className="flex flex-wrap items-end gap-2">
      <div className="field">
        <label htmlFor={id}>{t('period.label')}</label>
        <select
          id={id}
          value={selectValue}
          onChange={(e) => onSelect(e.target.value)}
          data-testid="period-select"
        >
          <option value="ytd">{t('period.ytd')}</option>
          <option value="12m">{t('period.last12')}</option>
          {years.map((y) => (
            <option key={y} value={String(y)}>
              {t('period.year', { year: y })}
            </option>
          ))}
          <option value="range">{t('period.custom')}</option>
        </select>
      </div>
      {customOpen && (
        <form className="flex flex-wrap items-end gap-2" onSubmit={apply} noValidate>
          <div className="field">
            <label htmlFor={`${id}-from`}>{t('period.from')}</label>
            <input
              id={`${id}-from`}
              type="month"
              value={draft.from}
              min={firstMonth}
              max={asOf}
              onChange={(e) => setDraft((d) => ({ ...d, from: e.target.value }))}
              data-testid="period-from"
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-to`}>{t('period.to')}</label>
            <input
              id={`${id}-to`}
              type="month"
              value={draft.to}
              min={firstMonth}
              max={asOf}
              onChange={(e) => setDraft((d) => ({ ...d, to: e.target.value }))}
              data-testid="period-to"
            />
          </div>
          <button type="submit" className="btn">
            {t('period.apply')}
          </button>
          {invalid && (
            <p role="alert" className="tone-bad w-full text-sm">
              {t('period.invalid')}
            </p>
          )}
        </form>
      )}
      <PeriodNote className="w-full" />
    </div>
  );
}
