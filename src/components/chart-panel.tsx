// ChartPanel: a chart with its data as a table ("show as table"), and optional downloads: `exportMeta`
// adds PNG/SVG buttons (ChartExportMenu), `downloads` more buttons such as a TableExportMenu.
import { memo, Suspense, useDeferredValue, useRef, useState, type ReactNode } from 'react';
import { useSelectedArea } from '../hooks/use-selected-area';
import { useViewState } from '../hooks/use-view-state';
import { useI18n } from '../i18n/i18n-context';
import '../i18n/messages/views/export';
import { fileName } from '../lib/download';
import { ChartExportMenu, type ChartExportMeta } from './export/chart-export-menu';
import { Panel, type PanelQuery } from './panel';

interface ChartPanelProps {
  title: string;
  queries: readonly PanelQuery[];
  isEmpty?: boolean;
  /** The empty state's text instead of "no data" (see Panel). */
  emptyMessage?: string;
  className?: string;
  /** The chart (usually a lazy recharts component). Hidden from screen readers: the table says the same. */
  chart: () => ReactNode;
  /** The chart's data as a table: always in the page for screen readers, shown on request. */
  table: () => ReactNode;
  /** A note under the chart (targets, usual range, small numbers), visible in both modes. */
  note?: ReactNode;
  testId?: string;
  /**
   * "PNG" and "SVG" buttons download the chart with its title and subtitle drawn in the image;
   * by default the title is the panel's and the subtitle names the selected area and period.
   * They are disabled, with a hint, while the table is shown.
   */
  exportMeta?: ChartExportMeta;
  /** More header actions once the data is there, e.g. a TableExportMenu for the table's data. */
  downloads?: ReactNode;
}

/** A panel holding a chart and the same data as a table, with a "show as table" toggle. */
export function ChartPanel({
  title,
  queries,
  isEmpty,
  emptyMessage,
  className,
  chart,
  table,
  note,
  testId,
  exportMeta,
  downloads,
}: ChartPanelProps) {
  const { t, fmt } = useI18n();
  const { area } = useSelectedArea();
  const { period, prior } = useViewState();
  // Every chart can be downloaded: without a caller's own wording, the panel title, area and period.
  const meta: ChartExportMeta | undefined =
    exportMeta ??
    (area && {
      fileName: fileName([area.name, period.from, period.to, title], ''),
      title,
      subtitle: `${area.name} · ${fmt.monthRange(period.from, period.to)} · ${t('period.comparison', {
        range: fmt.monthRange(prior.from, prior.to),
      })}`,
    });
  // New data re-renders the page synchronously (query results arrive through
  // useSyncExternalStore); drawing the chart is the costly part, so it follows in a deferred,
  // interruptible render and no frame is blocked for long. The figures beside it update at once.
  // On mount the skeleton shows first and the chart follows in the deferred pass, for the same reason.
  const deferredChart = useDeferredValue(chart, chartSkeleton);
  const [showTable, setShowTable] = useState(false);
  const chartBox = useRef<HTMLDivElement>(null);
  // Downloads only make sense once the panel shows data (not while loading, failed or empty).
  const ready = !isEmpty && !queries.some((q) => q.isPending || q.isError);
  return (
    <Panel
      title={title}
      queries={queries}
      isEmpty={isEmpty}
      emptyMessage={emptyMessage}
      className={className}
      actions={
        <div className="flex flex-wrap items-center gap-2">
          <button
            type="button"
            className="btn btn-small"
            aria-pressed={showTable}
            onClick={() => setShowTable((s) => !s)}
          >
            {showTable ? t('chart.hideTable') : t('chart.showTable')}
          </button>
          {ready && meta && (
            <ChartExportMenu
              meta={meta}
              getContainer={() => chartBox.current}
              unavailable={showTable ? t('export.chartHidden') : undefined}
            />
          )}
          {ready && downloads}
        </div>
      }
    >
      {() => (
        <div className="flex flex-col gap-2" data-testid={testId}>
          {!showTable && (
            <div ref={chartBox} aria-hidden="true" className="h-72 w-full min-w-0" data-chart-box="">
              <Suspense fallback={<div className="skeleton h-72 w-full" />}>
                <ChartSlot render={deferredChart} />
              </Suspense>
            </div>
          )}
          <div className={showTable ? 'relative overflow-x-auto' : 'sr-only'}>{table()}</div>
          {note}
        </div>
      )}
    </Panel>
  );
}

const chartSkeleton = () => <div className="skeleton h-72 w-full" />;

/** Re-renders only when the deferred render function changes, i.e. in the deferred pass. */
const ChartSlot = memo(function ChartSlot({ render }: { render: () => ReactNode }) {
  return <>{render()}</>;
});
