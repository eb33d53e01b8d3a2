import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/mediation';

/** Met / not met / nothing to judge, in words with an icon: colour is never the only signal. */
export function TargetVerdict({ met }: { met: boolean | null }) {
  const { t } = useI18n();
  if (met === null) return <span className="text-muted">{t('mediation.targetNone')}</span>;
  return (
    <span
      className={`inline-flex items-center gap-1 font-semibold ${met ? 'tone-good' : 'tone-bad'}`}
      data-met={met}
    >
      <span aria-hidden="true">{met ? '✓' : '✗'}</span>
      {t(met ? 'mediation.targetMet' : 'mediation.targetNotMet')}
    </span>
  );
}
