// <TableExportMenu name="Incidents by month" fileName="Tỉnh-X_2025-11..2026-10_incidents"
//   columns={exportColumns} rows={rows} />: "CSV" and "Excel (XLSX)" buttons that download the
// given rows (what the table shows) through one ExportColumn definition. The file code (csv, xlsx,
// fflate) loads on the first click, so it stays out of every view's first bundle.
import { useIsDemoData } from '../../hooks/use-data-range';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/reporting';
import '../../i18n/messages/views/export';
import { fileName as safeFileName, saveBlob } from '../../lib/download';
import type { ExportColumn, TableFileFormat } from '../../lib/table-export';
import { DownloadButtons } from './download-buttons';

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
  const demo = useIsDemoData();

  async function download(format: TableFileFormat) {
    const { tableFile } = await import('../../lib/table-export');
    saveBlob(
      await tableFile(format, columns, rows, name, demo ? { note: t('demoNote.export') } : {}),
      safeFileName([fileName], format),
    );
  }

  return (
    <DownloadButtons
      groupLabel={t('export.tableGroup', { table: name })}
      formats={FORMATS}
      label={(format) => t(format === 'csv' ? 'export.csv' : 'export.xlsx')}
      ariaLabel={(label) => t('export.tableAs', { table: name, format: label })}
      testId={(format) => `export-table-${format}`}
      download={download}
      disabled={disabled === true}
    />
  );
}
