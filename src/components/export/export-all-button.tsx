// <ExportAllButton name="Groups" path="/groups" schema={groupsPageSchema} params={filters}
//   columns={groupExportColumns} fileName="…" total={query.data?.total} />: "CSV" and
// "Excel (XLSX)" buttons that download EVERY row matching a registry's current filters (not just
// the page on screen), fetched 500 at a time with a progress bar ("1,500 / 4,131 rows") and a
// Cancel button. Focus moves to Cancel while it runs and back to the format button afterwards.
import { useEffect, useId, useRef, useState } from 'react';
import type { z } from 'zod';
import type { QueryParams } from '../../api/client';
import { useIsDemoData } from '../../hooks/use-data-range';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/reporting';
import '../../i18n/messages/views/export';
import { fileName as safeFileName, saveBlob } from '../../lib/download';
import { fetchAllPages, isAbortError } from '../../lib/fetch-all-pages';
import type { ExportColumn, TableFileFormat } from '../../lib/table-export';
import { describeError } from '../error-message';

type PageSchema = z.ZodType<{ items: unknown[]; total: number; page: number; pageSize: number }>;
type ItemOf<S extends PageSchema> = z.infer<S>['items'][number];

export interface ExportAllButtonProps<S extends PageSchema> {
  /** The table's name as the user sees it (accessible names, sheet name). */
  name: string;
  /** The list endpoint, e.g. "/groups". */
  path: string;
  /** The endpoint's page schema, e.g. groupsPageSchema: every page is validated. */
  schema: S;
  /** The current filters and sort, without page and pageSize. */
  params: QueryParams;
  columns: readonly ExportColumn<ItemOf<S>>[];
  /** The file name without extension. */
  fileName: string;
  /** The number of matching rows if known (from the list query), shown before the export starts. */
  total?: number;
  /** Rows per request; the API's maximum by default. */
  pageSize?: number;
  /** The columns' names (e.g. of groups) are still loading: hold the download so the file has them. */
  waitingForNames?: boolean;
  /** Completes the fetched rows before they are written (e.g. names the rows lack). */
  prepareRows?: (rows: ItemOf<S>[], signal: AbortSignal) => Promise<ItemOf<S>[]>;
}

type State =
  | { kind: 'idle' }
  | { kind: 'running'; loaded: number; total: number | null }
  | { kind: 'done'; count: number }
  | { kind: 'cancelled' }
  | { kind: 'failed'; error: unknown };

const FORMATS: readonly TableFileFormat[] = ['csv', 'xlsx'];

export function ExportAllButton<S extends PageSchema>({
  name,
  path,
  schema,
  params,
  columns,
  fileName,
  total,
  pageSize,
  waitingForNames = false,
  prepareRows,
}: ExportAllButtonProps<S>) {
  const { t, fmt } = useI18n();
  const demo = useIsDemoData();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const controller = useRef<AbortController | null>(null);
  const waitingId = useId();
  const cancelButton = useRef<HTMLButtonElement>(null);
  const formatButtons = useRef(new Map<TableFileFormat, HTMLButtonElement>());
  const lastFormat = useRef<TableFileFormat>('csv');
  const running = state.kind === 'running';

  // Leaving the view stops the requests.
  useEffect(() => () => controller.current?.abort(), []);
  const wasRunning = useRef(false);
  useEffect(() => {
    // Cancel replaces the format buttons while running; focus follows, then returns.
    if (running) cancelButton.current?.focus();
    else if (wasRunning.current) formatButtons.current.get(lastFormat.current)?.focus();
    wasRunning.current = running;
  }, [running]);

  async function run(format: TableFileFormat) {
    controller.current?.abort();
    const abort = new AbortController();
    controller.current = abort;
    lastFormat.current = format;
    setState({ kind: 'running', loaded: 0, total: total ?? null });
    try {
      const fetched: ItemOf<S>[] = await fetchAllPages(path, schema, params, {
        signal: abort.signal,
        pageSize,
        onProgress: (loaded, all) => setState({ kind: 'running', loaded, total: all }),
      });
      const rows = prepareRows ? await prepareRows(fetched, abort.signal) : fetched;
      const { tableFile } = await import('../../lib/table-export');
      const blob = await tableFile(format, columns, rows, name, {
        signal: abort.signal,
        ...(demo ? { note: t('demoNote.export') } : {}),
      });
      saveBlob(blob, safeFileName([fileName], format));
      setState({ kind: 'done', count: rows.length });
    } catch (error) {
      setState(
        isAbortError(error) || abort.signal.aborted ? { kind: 'cancelled' } : { kind: 'failed', error },
      );
    } finally {
      if (controller.current === abort) controller.current = null;
    }
  }

  return (
    <div className="flex flex-col gap-2" data-testid="export-all">
      <div className="flex flex-wrap items-center gap-2">
        <span className="text-sm text-muted">
          {total === undefined
            ? t('export.allRowsUnknown')
            : t('export.allRows', { total: fmt.number(total) })}
        </span>
        {running ? (
          <Progress
            label={t('export.progressLabel', { table: name })}
            text={
              state.total === null
                ? t('export.starting')
                : t('export.progress', { loaded: fmt.number(state.loaded), total: fmt.number(state.total) })
            }
            loaded={state.loaded}
            total={state.total}
          />
        ) : (
          <div role="group" aria-label={t('export.allGroup', { table: name })} className="flex gap-1">
            {FORMATS.map((format) => {
              const label = t(format === 'csv' ? 'export.csv' : 'export.xlsx');
              return (
                <button
                  key={format}
                  ref={(node) => {
                    if (node) formatButtons.current.set(format, node);
                    else formatButtons.current.delete(format);
                  }}
                  type="button"
                  className="btn btn-small"
                  aria-label={t('export.allAs', { table: name, format: label })}
                  onClick={() => void run(format)}
                  disabled={waitingForNames}
                  aria-describedby={waitingForNames ? waitingId : undefined}
                  data-testid={`export-all-${format}`}
                >
                  <span aria-hidden="true">↓</span> {label}
                </button>
              );
            })}
            {waitingForNames && (
              <span id={waitingId} className="self-center text-xs text-muted">
                {t('export.waitingNames')}
              </span>
            )}
          </div>
        )}
        {running && (
          <button
            ref={cancelButton}
            type="button"
            className="btn btn-small"
            aria-label={t('export.cancelAria', { table: name })}
            onClick={() => controller.current?.abort()}
          >
            {t('export.cancel')}
          </button>
        )}
      </div>
      <p role="status" className="text-sm empty:hidden">
        {state.kind === 'done' && t('export.done', { count: fmt.number(state.count) })}
        {state.kind === 'cancelled' && t('export.cancelled')}
      </p>
      {state.kind === 'failed' && (
        <p role="alert" className="text-sm tone-bad">
          {t('export.failed', { message: describeError(state.error, t, fmt) })}
        </p>
      )}
    </div>
  );
}

function Progress({
  label,
  text,
  loaded,
  total,
}: {
  label: string;
  text: string;
  loaded: number;
  total: number | null;
}) {
  const fraction = total ? Math.min(1, loaded / total) : 0;
  return (
    <div className="flex items-center gap-2">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={total ?? undefined}
        aria-valuenow={total === null ? undefined : loaded}
        aria-valuetext={text}
        className="h-2 w-32 overflow-hidden rounded-full"
        style={{ background: 'var(--grid)', border: '1px solid var(--border)' }}
      >
        <div className="h-full" style={{ width: `${fraction * 100}%`, background: 'var(--focus)' }} />
      </div>
      <span className="text-sm tabular-nums" aria-hidden="true">
        {text}
      </span>
    </div>
  );
}
