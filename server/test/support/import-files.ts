// Files in the import formats written from a database (the seeded one: expectations come from the
// generator, never copied figures), as CSV or XLSX, and a fingerprint of every data table to
// assert that a refused or repeated import changed nothing.
import { COLUMNS, type Kind } from '../../src/import/formats';
import { writeXlsx, type XlsxValue } from '../../src/import/xlsx-write';
import { INCIDENT_COLUMNS } from '../../src/db/columns';
import type { Db } from '../../src/db/db';
import type { ImportFile } from '../../src/import/validate';

export type Table = XlsxValue[][];

const MONTH = `to_char(make_date(mo / 12, mo % 12 + 1, 1), 'YYYY-MM')`;

/** Each kind's header and rows, as the database holds them. */
export async function exportKinds(db: Db): Promise<Record<Kind, Table>> {
  const rows = async (sql: string): Promise<Table> =>
    (await db.query<Record<string, XlsxValue>>(sql)).map((r) => Object.values(r));
  const header = (kind: Kind): XlsxValue[] => COLUMNS[kind].map((c) => c.name);
  return {
    areas: [
      header('areas'),
      ...(await rows(`SELECT id, name, level, parent_id,
        CASE WHEN level = 'ward' THEN population END AS p, CASE WHEN level = 'ward' THEN households END AS h,
        CASE WHEN level = 'ward' THEN residential_areas END AS r, CASE WHEN level = 'ward' THEN cameras END AS c,
        (SELECT string_agg(n, '; ') FROM jsonb_array_elements_text(former_names) AS n) AS f,
        to_char(merged_on, 'YYYY-MM-DD') AS m
        FROM areas ORDER BY pre`)),
    ],
    groups: [
      header('groups'),
      ...(await rows(`SELECT id, name, type, ward_id, residential_area, to_char(established_on, 'YYYY-MM-DD') AS e,
        members, leader, status, recognition FROM groups ORDER BY ward_ix, id`)),
    ],
    patrols: [
      header('patrols'),
      ...(await rows(`SELECT id, group_id, ward_id, to_char(date, 'YYYY-MM-DD') AS d, shift, duration_minutes::int,
        participants::int, findings::int, note FROM patrols ORDER BY id`)),
    ],
    mediation_cases: [
      header('mediation_cases'),
      ...(await rows(`SELECT id, ward_id, group_id, category, to_char(received_on, 'YYYY-MM-DD') AS r,
        to_char(closed_on, 'YYYY-MM-DD') AS c, outcome FROM mediation_cases ORDER BY id`)),
    ],
    incidents: [
      header('incidents'),
      ...(await rows(`SELECT a.id, ${MONTH} AS month, ${INCIDENT_COLUMNS.map((c) => `w.${c.column}`).join(', ')}
        FROM ward_month w JOIN areas a ON a.level = 'ward' AND a.ward_start = w.ward_ix
        WHERE w.reported ORDER BY w.ward_ix, w.mo`)),
    ],
  };
}

function quote(v: XlsxValue, delimiter: string): string {
  if (v === null) return '';
  const s = typeof v !== 'object' ? String(v) : 'date' in v ? v.date : `=${v.formula}`;
  return /["\n\r]/.test(s) || s.includes(delimiter) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvFile(
  name: string,
  table: Table,
  options: { delimiter?: ',' | ';'; bom?: boolean } = {},
): ImportFile {
  const d = options.delimiter ?? ',';
  const text = table.map((r) => r.map((v) => quote(v, d)).join(d)).join('\r\n') + '\r\n';
  const body = new TextEncoder().encode(text);
  return { name, bytes: options.bom ? new Uint8Array([0xef, 0xbb, 0xbf, ...body]) : body };
}

export function xlsxFile(name: string, sheets: Partial<Record<string, Table>>): ImportFile {
  return {
    name,
    bytes: writeXlsx(Object.entries(sheets).map(([sheet, rows]) => ({ name: sheet, rows: rows ?? [] }))),
  };
}

/** Every data table's rows, in a stable order (meta without its timestamps). */
export async function fingerprint(db: Db): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const [table, order] of [
    ['areas', 'pre'],
    ['groups', 'id'],
    ['patrols', 'id'],
    ['mediation_cases', 'id'],
    ['ward_month', 'ward_ix, mo'],
    ['area_month', 'pre, mo'],
    ['area_groups', 'pre'],
  ] as const)
    out[table] = await db.query(`SELECT * FROM ${table} ORDER BY ${order}`);
  out.meta = await db.query('SELECT data_from, data_to, name, demo FROM meta');
  return out;
}
