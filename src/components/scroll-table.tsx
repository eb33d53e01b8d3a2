import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';
import '../i18n/messages/views/server-table';

/**
 * A table that may be wider than a phone: it scrolls sideways inside a region named after it,
 * which keyboard users can focus to scroll. `children` are the table's head, body and foot.
 */
export function ScrollTable({
  caption,
  testId,
  children,
}: {
  caption: string;
  testId: string;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <div
      className="relative overflow-x-auto"
      role="region"
      aria-label={t('serverTable.scroll', { caption })}
      tabIndex={0}
    >
      <table className="data-table" data-testid={testId}>
        <caption className="sr-only">{caption}</caption>
        {children}
      </table>
    </div>
  );
}
