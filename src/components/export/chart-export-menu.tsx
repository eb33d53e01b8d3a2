// <ChartExportMenu meta={{ fileName, title, subtitle }} getContainer={() => boxRef.current} />:
// "PNG" (2×) and "SVG" buttons that download the chart drawn in the container with its title,
// subtitle (area, period) and a source note ("data as of" the as-of month) in the image. With
// `unavailable` set (the panel shows its table, so no chart is drawn) the buttons are disabled and
// that text says why. The image code loads on the first click.
import { useId } from 'react';
import { useViewState } from '../../hooks/use-view-state';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/export';
import { fileName as safeFileName, saveBlob } from '../../lib/download';
import { DownloadButtons } from './download-buttons';

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
  const { asOf, data } = useViewState();
  const hintId = useId();

  async function download(format: ImageFormat) {
    const container = getContainer();
    if (!container?.querySelector('svg')) throw new Error(t('export.notReady'));
    const { chartImage, pngFileBlob, svgFileBlob } = await import('../../lib/chart-export');
    const source = t(data.demo ? 'export.sourceDemo' : 'export.source', { month: fmt.month(asOf) });
    const chart = await chartImage(container, { title: meta.title, subtitle: meta.subtitle, source });
    const blob = format === 'png' ? await pngFileBlob(chart, 2) : svgFileBlob(chart);
    saveBlob(blob, safeFileName([meta.fileName], format));
  }

  return (
    <DownloadButtons
      groupLabel={t('export.chartGroup', { title: meta.title })}
      formats={FORMATS}
      label={(format) => t(format === 'png' ? 'export.png' : 'export.svg')}
      ariaLabel={(label) => t('export.chartAs', { title: meta.title, format: label })}
      testId={(format) => `export-chart-${format}`}
      download={download}
      disabled={unavailable !== undefined}
      describedBy={unavailable ? hintId : undefined}
    >
      {unavailable && (
        <span id={hintId} className="text-xs text-muted">
          {unavailable}
        </span>
      )}
    </DownloadButtons>
  );
}
