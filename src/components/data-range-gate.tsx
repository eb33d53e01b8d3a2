import type { ReactNode } from 'react';
import { DataRangeContext, useLoadDataRange } from '../hooks/use-data-range';
import { useI18n } from '../i18n/i18n-context';
import { describeError } from './error-message';
import { ErrorState } from './panel';
import { StartingShell } from './starting-shell';

/**
 * Renders its children once the data's range is known. While it loads the page waits, and a
 * failure is an error with retry: never a silent fallback to the browser's clock, which would
 * count months the API has no data for as 0.
 */
export function DataRangeGate({ children }: { children: ReactNode }) {
  const { t, fmt } = useI18n();
  const state = useLoadDataRange();
  if (state.status === 'ready')
    return <DataRangeContext.Provider value={state.range}>{children}</DataRangeContext.Provider>;
  if (state.status === 'pending')
    return <StartingShell title={t('app.title')} loading={t('range.loading')} />;
  return (
    <main id="main" className="mx-auto flex max-w-screen-md flex-col gap-4 px-4 py-10">
      <p className="text-lg font-bold">{t('app.title')}</p>
      {state.status === 'error' ? (
        <ErrorState
          message={`${t('range.failed')} ${describeError(state.error, t, fmt)}`}
          onRetry={state.retry}
        />
      ) : (
        <ErrorState
          message={
            state.problem === 'noData'
              ? t('range.noData')
              : t('range.inverted', { from: fmt.month(state.from), to: fmt.month(state.to) })
          }
          onRetry={state.retry}
        />
      )}
    </main>
  );
}
