import { changeTone, type Change } from '../figures/figures';
import { useI18n } from '../i18n/i18n-context';
import { toneClass } from './colors';

const arrows = { up: '▲', down: '▼', flat: '■' } as const;

/**
 * A change against the same months a year earlier, said in words with an arrow (colour is never
 * the only signal). `better` says which direction is good news for this figure.
 */
export function ChangeIndicator({ change, better }: { change: Change; better: 'up' | 'down' }) {
  const { t, fmt } = useI18n();
  const tone = changeTone(change, better);
  let text: string;
  if (change.ratio === null) text = change.current === 0 ? t('change.flat') : t('change.new');
  else if (change.direction === 'flat') text = t('change.flat');
  else
    text = t(change.direction === 'up' ? 'change.up' : 'change.down', {
      value: fmt.percentAbs(change.ratio),
    });
  const verdict = tone === 'good' ? t('change.good') : tone === 'bad' ? t('change.bad') : null;
  return (
    <p
      className={`flex flex-wrap items-center gap-x-2 text-sm ${toneClass[tone]}`}
      data-testid="change"
      data-tone={tone}
    >
      <span aria-hidden="true">{arrows[change.direction]}</span>
      <span>{text}</span>
      {verdict && <span className="sr-only">({verdict})</span>}
      {change.smallBase && <span className="chip">{t('change.smallNumbers')}</span>}
      <span className="text-muted">{t('change.prior', { value: fmt.number(change.prior) })}</span>
    </p>
  );
}
