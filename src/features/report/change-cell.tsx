import { toneClass } from '../../components/colors';
import { changeTone, type Change } from '../../figures/figures';
import { useI18n } from '../../i18n/i18n-context';

const arrows = { up: '▲', down: '▼', flat: '■' } as const;

/**
 * A change for a printed table cell: arrow, signed difference and the percentage in words, so it
 * reads the same in black and white. `better` says which direction is good news; without it (a
 * figure that is neither, such as findings) the change is never coloured.
 */
export function ChangeCell({ change, better }: { change: Change; better?: 'up' | 'down' }) {
  const { t, fmt } = useI18n();
  const tone = better ? changeTone(change, better) : change.smallBase ? 'smallNumbers' : 'neutral';
  const sign = change.delta > 0 ? '+' : change.delta < 0 ? '−' : '';
  let text: string;
  if (change.ratio === null) text = change.current === 0 ? t('change.flat') : t('change.new');
  else if (change.direction === 'flat') text = t('change.flat');
  else
    text = t(change.direction === 'up' ? 'change.up' : 'change.down', {
      value: fmt.percentAbs(change.ratio),
    });
  const verdict = tone === 'good' ? t('change.good') : tone === 'bad' ? t('change.bad') : null;
  return (
    <span className={`report-change ${toneClass[tone]}`} data-testid="change" data-tone={tone}>
      <span className="font-semibold">
        <span aria-hidden="true">{arrows[change.direction]}</span>
        {change.direction === 'flat' ? '' : ` ${sign}${fmt.number(Math.abs(change.delta))}`}
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
