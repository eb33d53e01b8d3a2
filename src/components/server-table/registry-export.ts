// The "export every matching row" part of a record register. Each register defines its file's
// columns at module scope (next to its table columns) as `RegistryExportColumn<Row>`: a message
// key for the header and a value read from the row with the same id → name lookups the table
// cells use, so wards and groups read in the file as they do on screen. The panel turns them into
// the `ExportColumn<Row>` the export layer takes, in the current language.
import { useMemo } from 'react';
import type { z } from 'zod';
import type { QueryParams } from '../../api/client';
import type { Page } from '../../api/schemas';
import { useI18n, type I18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/locales';
import type { ExportColumn, ExportFormat, ExportValue } from '../../lib/table-export';
import type { NameLookups } from './cells';

export interface RegistryExportContext {
  t: I18n['t'];
  names: NameLookups;
}

export interface RegistryExportColumn<Row> {
  header: MessageKey;
  value: (row: Row, context: RegistryExportContext) => ExportValue;
  format?: ExportFormat;
}

export interface RegistryExport<Row> {
  /** The list endpoint, e.g. "/groups". */
  path: string;
  /** Its page schema: every page of the export is validated. */
  schema: z.ZodType<Page<Row>>;
  /** The table's filters and sort, without page and pageSize, so the file is in the table's order. */
  params: QueryParams;
  columns: readonly RegistryExportColumn<Row>[];
  /** What the file name says besides the register's title (area, period). */
  fileParts: readonly string[];
  /** Completes the fetched rows before they are written (e.g. group names a v1 API leaves out). */
  prepareRows?: (rows: Row[], signal: AbortSignal) => Promise<Row[]>;
}

/** The columns with headers in the current language and names resolved like the table's cells. */
export function useExportColumns<Row>(
  columns: readonly RegistryExportColumn<Row>[],
  names: NameLookups,
): ExportColumn<Row>[] {
  const { t } = useI18n();
  return useMemo(() => {
    const context: RegistryExportContext = { t, names };
    return columns.map((c) => ({
      header: t(c.header),
      value: (row: Row) => c.value(row, context),
      format: c.format,
    }));
  }, [columns, names, t]);
}

/** A ward's name as the table shows it: its id while the area tree does not know it. */
export const areaName = (names: NameLookups, id: string): string => names.area(id) ?? id;
/**
 * A group's name: the row's own `groupName`, else the looked-up one, else its id (the file has no
 * other group column, so the id is what identifies it there).
 */
export const groupName = (names: NameLookups, row: { groupId: string; groupName?: string | null }): string =>
  row.groupName ?? (row.groupName === undefined ? names.group(row.groupId) : undefined) ?? row.groupId;
