import type { MessageKey, TranslateValues } from '../../i18n/locales';
import { toCsv, type CsvValue } from '../../lib/csv';
import type { DataColumnMeta } from './features';

/** One CSV column: a header and the plain value of a row (numbers stay numbers). */
export type CsvField<TRow> = { label: MessageKey; value: (row: TRow) => CsvValue };

/**
 * CSV columns per table column id, where the default (the column's sort value under its header)
 * says too little — e.g. a rate written with its numerator and denominator.
 */
export type CsvFields<TRow> = Partial<Record<string, readonly CsvField<TRow>[]>>;

/** The part of a table column the export reads. */
interface ExportColumn<TRow> {
  id: string;
  columnDef: { meta?: DataColumnMeta };
  accessorFn?: (row: TRow, index: number) => unknown;
}

function plain(value: unknown): CsvValue {
  if (typeof value === 'number' || typeof value === 'string') return value;
  return null;
}

/** The rows as shown (filtered and sorted), visible columns only, the totals row last. */
export function tableCsv<TRow>(input: {
  columns: readonly ExportColumn<TRow>[];
  rows: readonly TRow[];
  totals: TRow | null;
  fields: CsvFields<TRow> | undefined;
  t: (key: MessageKey, values?: TranslateValues) => string;
}): string {
  const { t } = input;
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
  const lines: CsvValue[][] = [fields.map((f) => t(f.label))];
  for (const row of input.rows) lines.push(fields.map((f) => f.value(row)));
  if (input.totals) {
    const totals = input.totals;
    lines.push(fields.map((f) => f.value(totals)));
  }
  return toCsv(lines);
}
