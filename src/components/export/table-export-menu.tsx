// <TableExportMenu name="Incidents by month" fileName="Tỉnh-X_2025-11..2026-10_incidents"
//   columns={exportColumns} rows={rows} />: "CSV" and "Excel (XLSX)" buttons that download the
// given rows (what the table shows) through one ExportColumn definition. The file code (csv, xlsx,
// fflate) loads on the first click, so it stays out of every view's first bundle.
import { useState } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/export';
import { fileName as safeFileName, saveBlob } from '../../lib/download';
import type { ExportColumn, TableFileFormat } from '../../lib/table-export';

export interface TableExportMenuProps<Row> {
  /** The table's name as the user sees it: in the buttons' accessible names and the sheet name. */
  name: string;
  /** The file name without extension; made safe for every file system. */
  fileName: string;
  columns: readonly ExportColumn<Row>[];
  rows: readonly Row[];
  disabled?: boolean;
}

const FORMATS: readonly TableFileFormat[] = ['csv', 'xlsx'];

export function TableExportMenu<Row>({ name, fileName, columns, rows, disabled }: TableExportMenuProps<Row>) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function download(format: TableFileFormat) {
    setBusy(true);
    setError(null);
    try {
      const { tableFile } = await import('../../lib/table-export');
      saveBlob(await tableFile(format, columns, rows, name), safeFileName([fileName], format));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="flex flex-wrap items-center gap-1">
      <div role="group" aria-label={t('export.tableGroup', { table: name })} className="flex gap-1">
        {FORMATS.map((format) => {
          const label = t(format === 'csv' ? 'export.csv' : 'export.xlsx');
          return (
            <button
              key={format}
              type="button"
              className="btn btn-small disabled:cursor-not-allowed disabled:opacity-60"
              disabled={disabled || busy}
              aria-label={t('export.tableAs', { table: name, format: label })}
              onClick={() => void download(format)}
              data-testid={`export-table-${format}`}
            >
              <span aria-hidden="true">↓</span> {label}
            </button>
          );
        })}
      </div>
      {error && (
        <p role="alert" className="text-sm tone-bad">
          {t('export.failed', { message: error })}
        </p>
      )}
    </div>
  );
}
