import { changeArrows, useChangeWords } from '../../components/change-indicator';
import type { ChangeColumnKeys } from '../../components/change-table';
import { toneClass } from '../../components/colors';
import { changeTone, type Change } from '../../figures/figures';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/incidents';

/** The columns of the Incidents view's change tables. */
export const changeColumns: ChangeColumnKeys = {
  current: 'incidents.changes.current',
  prior: 'incidents.changes.prior',
  change: 'incidents.changes.change',
};

/**
 * A change in incidents for a table cell: arrow, signed difference and percentage in words, so it
 * never depends on colour. Fewer incidents is the good direction; a small base is marked and not
 * coloured as a trend.
 */
export function ChangeCell({ change }: { change: Change }) {
  const { t, fmt } = useI18n();
  const tone = changeTone(change, 'down');
  const sign = change.delta > 0 ? '+' : change.delta < 0 ? '−' : '';
  const delta = `${sign}${fmt.number(Math.abs(change.delta))}`;
  const text = useChangeWords()(change);
  const verdict = tone === 'good' ? t('change.good') : tone === 'bad' ? t('change.bad') : null;
  return (
    <span className="inline-flex flex-wrap items-center gap-x-2" data-testid="change" data-tone={tone}>
      <span className={`font-semibold ${toneClass[tone]}`}>
        <span aria-hidden="true">{changeArrows[change.direction]}</span> {change.delta === 0 ? '' : delta}
      </span>
      <span className={toneClass[tone]}>{text}</span>
      {verdict && <span className="sr-only">({verdict})</span>}
      {change.smallBase && <span className="chip">{t('change.smallNumbers')}</span>}
    </span>
  );
}
