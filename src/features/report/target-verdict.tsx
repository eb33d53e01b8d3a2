import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/report';

/** Met / not met / cannot be judged, in words with a mark (colour is never the only signal). */
export function TargetVerdict({
  met,
  label,
  testId,
}: {
  met: boolean | null;
  label: string;
  testId: string;
}) {
  const { t } = useI18n();
  const tone = met === null ? 'tone-neutral' : met ? 'tone-good' : 'tone-bad';
  const mark = met === null ? '–' : met ? '✓' : '✗';
  const verdict =
    met === null ? t('report.target.unknown') : met ? t('report.target.met') : t('report.target.notMet');
  return (
    <p className={`text-sm font-semibold ${tone}`} data-testid={testId} data-met={String(met)}>
      <span aria-hidden="true">{mark}</span> {t('report.target.verdict', { label, verdict })}
    </p>
  );
}
