// The table's export columns: one definition from which both the CSV and the XLSX file are
// written (src/lib/table-export.ts), so the two files always hold the same columns and values.
import type { MessageKey, TranslateValues } from '../../i18n/locales';
import '../../i18n/messages/views/tables';
import type { CsvValue } from '../../lib/csv';
import type { ExportColumn, ExportFormat } from '../../lib/table-export';
import type { DataColumnMeta } from './features';

type Translate = (key: MessageKey, values?: TranslateValues) => string;

/**
 * One exported column: a header and the plain value of a row (numbers stay numbers, fractions stay
 * fractions; words such as a verdict in the file's language, through `t`). `format: 'percent'` only
 * changes how the XLSX shows the fraction.
 */
export type CsvField<TRow> = {
  label: MessageKey;
  value: (row: TRow, t: Translate) => CsvValue;
  format?: ExportFormat;
};

/**
 * Export columns per table column id, where the default (the column's sort value under its header)
 * says too little — e.g. a rate written with its numerator and denominator.
 */
export type CsvFields<TRow> = Partial<Record<string, readonly CsvField<TRow>[]>>;

/** The part of a table column the export reads. */
interface TableColumnLike<TRow> {
  id: string;
  columnDef: { meta?: DataColumnMeta };
  accessorFn?: (row: TRow, index: number) => unknown;
}

function plain(value: unknown): CsvValue {
  if (typeof value === 'number' || typeof value === 'string') return value;
  return null;
}

/** The fields with translated headers, as the export layer takes them. */
export function exportColumnsOf<TRow>(fields: readonly CsvField<TRow>[], t: Translate): ExportColumn<TRow>[] {
  return fields.map((f) => ({
    header: t(f.label),
    value: (row) => f.value(row, t) ?? null,
    ...(f.format ? { format: f.format } : {}),
  }));
}

/** The export columns of the visible table columns, in their order. */
export function tableExportColumns<TRow>(input: {
  columns: readonly TableColumnLike<TRow>[];
  fields: CsvFields<TRow> | undefined;
  t: Translate;
}): ExportColumn<TRow>[] {
  const fields: CsvField<TRow>[] = [];
  for (const column of input.columns) {
    const meta = column.columnDef.meta;
    if (meta?.noCsv) continue;
    const custom = input.fields?.[column.id];
    if (custom) fields.push(...custom);
    else if (column.accessorFn) {
      const accessor = column.accessorFn;
      fields.push({ label: meta?.label ?? 'tables.columns', value: (row) => plain(accessor(row, 0)) });
    }
  }
  return exportColumnsOf(fields, input.t);
}
