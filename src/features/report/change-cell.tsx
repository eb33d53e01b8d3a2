import { changeArrows, useChangeWords } from '../../components/change-indicator';
import type { ChangeColumnKeys } from '../../components/change-table';
import { toneClass } from '../../components/colors';
import { changeTone, type Change } from '../../figures/figures';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/report';

/** The columns of the report's change tables. */
export const changeColumns: ChangeColumnKeys = {
  current: 'report.col.current',
  prior: 'report.col.prior',
  change: 'report.col.change',
};

/**
 * A change for a printed table cell: arrow, signed difference and the percentage in words, so it
 * reads the same in black and white. `better` says which direction is good news; without it (a
 * figure that is neither, such as findings) the change is never coloured.
 */
export function ChangeCell({ change, better }: { change: Change; better?: 'up' | 'down' }) {
  const { t, fmt } = useI18n();
  const tone = better ? changeTone(change, better) : change.smallBase ? 'smallNumbers' : 'neutral';
  const sign = change.delta > 0 ? '+' : change.delta < 0 ? '−' : '';
  const text = useChangeWords()(change);
  const verdict = tone === 'good' ? t('change.good') : tone === 'bad' ? t('change.bad') : null;
  return (
    <span className={`report-change ${toneClass[tone]}`} data-testid="change" data-tone={tone}>
      <span className="font-semibold">
        <span aria-hidden="true">{changeArrows[change.direction]}</span>
        {change.delta === 0 ? '' : ` ${sign}${fmt.number(Math.abs(change.delta))}`}
      </span>{' '}
      <span>{text}</span>
      {verdict && <span className="sr-only"> ({verdict})</span>}
      {change.smallBase && (
        <>
          {' '}
          <span className="chip">{t('change.smallNumbers')}</span>
        </>
      )}
    </span>
  );
}
