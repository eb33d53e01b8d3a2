// The buttons of a download menu (PNG/SVG for a chart, CSV/XLSX for a table): one button per
// format in a labelled group, disabled while a download runs, and the failure said beside them.
// The caller's `download` makes and saves the file; its error message is what the user reads.
import { useState, type ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/export';

export interface DownloadButtonsProps<F extends string> {
  /** The group's accessible name, e.g. "Download the chart 'Incidents by month'". */
  groupLabel: string;
  formats: readonly F[];
  /** The visible label of a format ("PNG", "Excel (XLSX)"). */
  label: (format: F) => string;
  /** A button's accessible name, from its visible label. */
  ariaLabel: (label: string) => string;
  testId: (format: F) => string;
  download: (format: F) => Promise<void>;
  disabled?: boolean;
  /** The id of a hint that says why the buttons are disabled. */
  describedBy?: string | undefined;
  /** Shown after the buttons, e.g. that hint. */
  children?: ReactNode;
}

export function DownloadButtons<F extends string>({
  groupLabel,
  formats,
  label,
  ariaLabel,
  testId,
  download,
  disabled = false,
  describedBy,
  children,
}: DownloadButtonsProps<F>) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function run(format: F) {
    setBusy(true);
    setError(null);
    try {
      await download(format);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="flex flex-wrap items-center gap-1">
      <div role="group" aria-label={groupLabel} className="flex gap-1">
        {formats.map((format) => {
          const text = label(format);
          return (
            <button
              key={format}
              type="button"
              className="btn btn-small disabled:cursor-not-allowed disabled:opacity-60"
              disabled={busy || disabled}
              aria-label={ariaLabel(text)}
              aria-describedby={describedBy}
              onClick={() => void run(format)}
              data-testid={testId(format)}
            >
              <span aria-hidden="true">↓</span> {text}
            </button>
          );
        })}
      </div>
      {children}
      {error && (
        <p role="alert" className="text-sm tone-bad">
          {t('export.failed', { message: error })}
        </p>
      )}
    </div>
  );
}
