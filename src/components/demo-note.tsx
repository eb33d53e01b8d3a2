import { useViewState } from '../hooks/use-view-state';
import { useI18n } from '../i18n/i18n-context';
import '../i18n/messages/views/reporting';

/**
 * "Demo data: the figures are generated, not real", when /meta says so: on the deck, the notes
 * and the report, where a badge in the header would not travel with a photo or a printout.
 */
export function DemoNote({ testId, className = '' }: { testId: string; className?: string }) {
  const { t } = useI18n();
  const { data } = useViewState();
  if (!data.demo) return null;
  return (
    <p className={`text-sm ${className}`} data-testid={testId}>
      <span className="badge-demo">{t('demo.badge')}</span> {t('demoNote.text')}
    </p>
  );
}
