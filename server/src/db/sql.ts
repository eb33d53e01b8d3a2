// Helpers shared by both drivers: identifier quoting (table and column names come from code,
// never from a request, but are still checked) and the CSV encoding of COPY rows.

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/** A double-quoted identifier; throws on anything but a plain lower-case name. */
export function ident(name: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`Not a plain SQL identifier: ${JSON.stringify(name)}`);
  return `"${name}"`;
}

/** One CSV field for COPY … (FORMAT csv): NULL is an unquoted empty field, text is always quoted. */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`Cannot COPY the number ${value}`);
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'string') return `"${value.replaceAll('"', '""')}"`;
  throw new Error(`Cannot COPY a value of type ${typeof value}`);
}

/** Splits an iterable into arrays of at most `size` items, lazily. */
export function* chunks<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let batch: T[] = [];
  for (const item of items) {
    batch.push(item);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}
