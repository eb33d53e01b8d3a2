import { Suspense, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { Panel, type PanelQuery } from './panel';

interface ChartPanelProps {
  title: string;
  queries: readonly PanelQuery[];
  isEmpty?: boolean;
  className?: string;
  /** The chart (usually a lazy recharts component). Hidden from screen readers: the table says the same. */
  chart: () => ReactNode;
  /** The chart's data as a table: always in the page for screen readers, shown on request. */
  table: () => ReactNode;
  /** A note under the chart (targets, usual range, small numbers), visible in both modes. */
  note?: ReactNode;
  testId?: string;
}

/** A panel holding a chart and the same data as a table, with a "show as table" toggle. */
export function ChartPanel({
  title,
  queries,
  isEmpty,
  className,
  chart,
  table,
  note,
  testId,
}: ChartPanelProps) {
  const { t } = useI18n();
  const [showTable, setShowTable] = useState(false);
  return (
    <Panel
      title={title}
      queries={queries}
      isEmpty={isEmpty}
      className={className}
      actions={
        <button
          type="button"
          className="btn btn-small"
          aria-pressed={showTable}
          onClick={() => setShowTable((s) => !s)}
        >
          {showTable ? t('chart.hideTable') : t('chart.showTable')}
        </button>
      }
    >
      {() => (
        <div className="flex flex-col gap-2" data-testid={testId}>
          {!showTable && (
            <div aria-hidden="true" className="h-72 w-full min-w-0">
              <Suspense fallback={<div className="skeleton h-72 w-full" />}>{chart()}</Suspense>
            </div>
          )}
          <div className={showTable ? 'overflow-x-auto' : 'sr-only'}>{table()}</div>
          {note}
        </div>
      )}
    </Panel>
  );
}
