// <ChartExportMenu meta={{ fileName, title, subtitle }} getContainer={() => boxRef.current} />:
// "PNG" (2×) and "SVG" buttons that download the chart drawn in the container with its title,
// subtitle (area, period) and a source note ("data as of" the as-of month) in the image. With
// `unavailable` set (the panel shows its table, so no chart is drawn) the buttons are disabled and
// that text says why. The image code loads on the first click.
import { useId, useState } from 'react';
import { isDemoData } from '../../api/client';
import { useViewState } from '../../hooks/use-view-state';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/export';
import { fileName as safeFileName, saveBlob } from '../../lib/download';

export interface ChartExportMeta {
  /** The file name without extension (area, period, view); made safe for every file system. */
  fileName: string;
  /** The chart's title, drawn in the image and naming the buttons. */
  title: string;
  /** The area and period, drawn under the title. */
  subtitle: string;
}

type ImageFormat = 'png' | 'svg';
const FORMATS: readonly ImageFormat[] = ['png', 'svg'];

export function ChartExportMenu({
  meta,
  getContainer,
  unavailable,
}: {
  meta: ChartExportMeta;
  getContainer: () => HTMLElement | null;
  unavailable?: string;
}) {
  const { t, fmt } = useI18n();
  const { asOf } = useViewState();
  const hintId = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function download(format: ImageFormat) {
    setBusy(true);
    setError(null);
    try {
      const container = getContainer();
      if (!container?.querySelector('svg')) throw new Error(t('export.notReady'));
      const { chartImage, pngFileBlob, svgFileBlob } = await import('../../lib/chart-export');
      const source = t(isDemoData() ? 'export.sourceDemo' : 'export.source', { month: fmt.month(asOf) });
      const chart = await chartImage(container, { title: meta.title, subtitle: meta.subtitle, source });
      const blob = format === 'png' ? await pngFileBlob(chart, 2) : svgFileBlob(chart);
      saveBlob(blob, safeFileName([meta.fileName], format));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="flex flex-wrap items-center gap-1">
      <div role="group" aria-label={t('export.chartGroup', { title: meta.title })} className="flex gap-1">
        {FORMATS.map((format) => {
          const label = t(format === 'png' ? 'export.png' : 'export.svg');
          return (
            <button
              key={format}
              type="button"
              className="btn btn-small disabled:cursor-not-allowed disabled:opacity-60"
              disabled={busy || unavailable !== undefined}
              aria-label={t('export.chartAs', { title: meta.title, format: label })}
              aria-describedby={unavailable ? hintId : undefined}
              onClick={() => void download(format)}
              data-testid={`export-chart-${format}`}
            >
              <span aria-hidden="true">↓</span> {label}
            </button>
          );
        })}
      </div>
      {unavailable && (
        <span id={hintId} className="text-xs text-muted">
          {unavailable}
        </span>
      )}
      {error && (
        <p role="alert" className="text-sm tone-bad">
          {t('export.failed', { message: error })}
        </p>
      )}
    </div>
  );
}
