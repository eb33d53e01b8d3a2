import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/present';

/** Met / not met / cannot say, in words with a mark (colour is never the only signal). */
export function TargetVerdict({ met, label }: { met: boolean | null; label: string }) {
  const { t } = useI18n();
  const tone = met === null ? 'tone-neutral' : met ? 'tone-good' : 'tone-bad';
  const mark = met === null ? '–' : met ? '✓' : '✗';
  const verdict =
    met === null ? t('present.target.unknown') : met ? t('present.target.met') : t('present.target.notMet');
  return (
    <p className={`target-verdict ${tone}`} data-testid="target-verdict" data-met={String(met)}>
      <span aria-hidden="true">{mark}</span> {t('present.target.verdict', { label, verdict })}
    </p>
  );
}
