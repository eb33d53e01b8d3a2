import { useId, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { ErrorBoundary } from './error-boundary';
import { describeError } from './error-message';

/** The part of a TanStack Query result a panel needs; several queries can feed one panel. */
export interface PanelQuery {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  refetch: () => unknown;
}

interface PanelProps {
  title: string;
  /** Extra header content (a toggle, a legend note) beside the title. */
  actions?: ReactNode;
  queries: readonly PanelQuery[];
  isEmpty?: boolean;
  /** What the empty state says instead of "no data" (e.g. that the API does not provide it). */
  emptyMessage?: string;
  className?: string;
  children: () => ReactNode;
}

export function Panel({
  title,
  actions,
  queries,
  isEmpty = false,
  emptyMessage,
  className = '',
  children,
}: PanelProps) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={`panel flex flex-col gap-3 ${className}`}>
      <header className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={headingId} className="text-base font-semibold">
          {title}
        </h2>
        {actions}
      </header>
      <PanelBody queries={queries} isEmpty={isEmpty} emptyMessage={emptyMessage}>
        {children}
      </PanelBody>
    </section>
  );
}

export function PanelBody({
  queries,
  isEmpty = false,
  emptyMessage,
  children,
}: Pick<PanelProps, 'queries' | 'isEmpty' | 'emptyMessage' | 'children'>) {
  const { t, fmt } = useI18n();
  const failed = queries.filter((q) => q.isError);
  const first = failed[0];
  if (first) {
    return (
      <ErrorState
        message={describeError(first.error, t, fmt)}
        onRetry={() => {
          for (const q of failed) void q.refetch();
        }}
      />
    );
  }
  if (queries.some((q) => q.isPending)) {
    return (
      <div role="status" aria-live="polite" className="flex flex-col gap-2" data-state="loading">
        <span className="sr-only">{t('panel.loading')}</span>
        <div className="skeleton h-6 w-2/3" />
        <div className="skeleton h-4 w-1/2" />
      </div>
    );
  }
  if (isEmpty) {
    return (
      <p className="text-muted" data-state="empty">
        {emptyMessage ?? t('panel.empty')}
      </p>
    );
  }
  return (
    <ErrorBoundary
      fallback={(error, reset) => (
        <ErrorState message={`${t('error.render')} ${describeError(error, t, fmt)}`} onRetry={reset} />
      )}
    >
      {children()}
    </ErrorBoundary>
  );
}

export function ErrorState({ message, onRetry }: { message: string; onRetry: () => void }) {
  const { t } = useI18n();
  return (
    <div role="alert" className="error-box flex flex-col items-start gap-2" data-state="error">
      <p className="font-medium">{t('panel.failed')}</p>
      <p className="text-sm">{message}</p>
      <button type="button" className="btn" onClick={onRetry}>
        {t('panel.retry')}
      </button>
    </div>
  );
}
