// Validation of a whole command: every file read, every row checked on its own, then across rows
// and against the database (ids unique across all files, wards in the tree the import ends with,
// groups in the ward of their records). Reads the database only; nothing is written here.
import type { Db } from '../db/db';
import { readCsv } from './csv';
import { mapHeader, RowReader, type Where } from './fields';
import { LIMITS, type Kind } from './formats';
import { readRecord, type Records } from './records';
import { Problems, type Problem, type Sheet } from './sheet';
import { buildTree, type TreeRow } from './tree';
import { readXlsx } from './xlsx';

export interface ImportFile {
  name: string;
  bytes: Uint8Array;
}

export interface Validated {
  problems: Problem[];
  /** Problems past the report's limit, counted only. */
  moreProblems: number;
  records: Records;
  /** The imported tree (null when no areas file was given). */
  tree: TreeRow[] | null;
  /** Data rows per file and kind, for the log. */
  rows: Map<string, Partial<Record<Kind, number>>>;
}

function readFile(file: ImportFile, problems: Problems): Sheet[] {
  const say = (reason: string) =>
    problems.add({ file: file.name, sheet: null, row: null, column: null, value: null, reason });
  if (file.bytes.length > LIMITS.fileBytes) {
    say(`${file.bytes.length} bytes: at most ${LIMITS.fileBytes / 1024 / 1024} MiB per file`);
    return [];
  }
  const zip = file.bytes[0] === 0x50 && file.bytes[1] === 0x4b;
  if (/\.xlsx$/i.test(file.name) || zip) {
    if (!zip) {
      say('not an XLSX file (an .xlsx file is a zip archive)');
      return [];
    }
    return readXlsx(file.name, file.bytes, problems);
  }
  if (/\.(xls|ods|xlsm|xlsb)$/i.test(file.name)) {
    say('unknown file type: save it as .xlsx or as CSV UTF-8');
    return [];
  }
  const sheet = readCsv(file.name, file.bytes, problems);
  return sheet ? [sheet] : [];
}

/** Reports a key seen before in this command. */
function unique<T extends { at: Where }>(
  items: readonly T[],
  key: (t: T) => string,
  column: string,
  what: string,
  problems: Problems,
): void {
  const seen = new Map<string, Where>();
  for (const item of items) {
    const k = key(item);
    const first = seen.get(k);
    if (first)
      problems.add({
        ...item.at,
        column,
        value: k,
        reason: `duplicate ${what}: also in ${first.file}${first.sheet ? `, sheet ${first.sheet}` : ''}, row ${first.row}`,
      });
    else seen.set(k, item.at);
  }
}

/**
 * `scope`: the area the importer may write (null: all of it). Rows of wards outside it are
 * problems, and only the whole tree's importer may replace the tree.
 */
export async function validate(
  db: Db,
  files: readonly ImportFile[],
  today: string,
  scope: string | null = null,
): Promise<Validated> {
  const problems = new Problems(LIMITS.problems);
  const records: Records = { areas: [], groups: [], patrols: [], cases: [], incidents: [] };
  const rows = new Map<string, Partial<Record<Kind, number>>>();
  if (files.length > LIMITS.files)
    problems.add({
      file: files[LIMITS.files]?.name ?? '',
      sheet: null,
      row: null,
      column: null,
      value: null,
      reason: `at most ${LIMITS.files} files per import`,
    });
  let total = 0;
  for (const file of files.slice(0, LIMITS.files)) {
    const counts: Partial<Record<Kind, number>> = {};
    rows.set(file.name, counts);
    for (const sheet of readFile(file, problems)) {
      counts[sheet.kind] = (counts[sheet.kind] ?? 0) + sheet.rows.length;
      total += sheet.rows.length;
      const index = mapHeader(sheet, problems);
      if (!index) continue;
      for (const row of sheet.rows) {
        // A value right of the last column belongs to no column: refused, never dropped.
        const stray = row.cells.findIndex(
          (c, i) => i >= sheet.header.length && c !== undefined && c.text.trim() !== '',
        );
        if (stray >= 0)
          problems.add({
            file: sheet.file,
            sheet: sheet.sheet,
            row: row.row,
            column: `#${stray + 1}`,
            value: row.cells[stray]?.text ?? '',
            reason: `a value in column ${stray + 1}, which has no header`,
          });
        else readRecord(new RowReader(sheet, row, index, problems, today), records);
      }
    }
  }
  if (total > LIMITS.rowsPerImport)
    problems.add({
      file: files[0]?.name ?? '',
      sheet: null,
      row: null,
      column: null,
      value: null,
      reason: `${total} rows: at most ${LIMITS.rowsPerImport} per import`,
    });
  unique(records.areas, (a) => a.id, 'id', 'area id', problems);
  unique(records.groups, (g) => g.id, 'id', 'group id', problems);
  unique(records.patrols, (p) => p.id, 'id', 'patrol id', problems);
  unique(records.cases, (c) => c.id, 'id', 'case id', problems);
  unique(
    records.incidents,
    (i) => `${i.wardId} ${i.month}`,
    'month',
    'monthly report (ward_id and month)',
    problems,
  );
  const tree = records.areas.length > 0 ? buildTree(records.areas, problems) : null;
  if (scope !== null)
    for (const a of records.areas.slice(0, 1))
      problems.add({
        ...a.at,
        column: null,
        value: null,
        reason: `the area tree is imported for the whole data set only, not from an account for ${scope}`,
      });
  await checkReferences(db, records, tree, problems, scope);
  return { problems: problems.list, moreProblems: problems.dropped, records, tree, rows };
}

async function checkReferences(
  db: Db,
  records: Records,
  tree: TreeRow[] | null,
  problems: Problems,
  scope: string | null,
): Promise<void> {
  const mine =
    scope === null
      ? null
      : new Set(
          (
            await db.query<{ id: string }>(
              `SELECT a.id FROM areas a JOIN areas s ON s.id = $1
                WHERE a.level = 'ward' AND a.ward_start >= s.ward_start AND a.ward_start < s.ward_end`,
              [scope],
            )
          ).map((r) => r.id),
        );
  const wards = new Set(
    tree
      ? tree.filter((a) => a.level === 'ward').map((a) => a.id)
      : (await db.query<{ id: string }>(`SELECT id FROM areas WHERE level = 'ward'`)).map((r) => r.id),
  );
  const ward = (at: Where, id: string) => {
    if (!wards.has(id))
      problems.add({
        ...at,
        column: 'ward_id',
        value: id,
        reason:
          tree || wards.size > 0
            ? 'unknown ward id: no ward of the area tree has this id'
            : 'unknown ward id: the database holds no area tree yet, import an areas file first',
      });
    else if (mine && !mine.has(id))
      problems.add({
        ...at,
        column: 'ward_id',
        value: id,
        reason: `outside your area (${scope ?? ''}): not imported`,
      });
    return wards.has(id) && (mine === null || mine.has(id));
  };
  for (const g of records.groups) ward(g.at, g.wardId);
  for (const i of records.incidents) ward(i.at, i.wardId);
  // A record's group: in this import, else in the database (its ward as the import leaves it).
  const groupWard = new Map(records.groups.map((g) => [g.id, g.wardId]));
  const wanted = [...new Set([...records.patrols, ...records.cases].map((r) => r.groupId))].filter(
    (id) => !groupWard.has(id),
  );
  for (let i = 0; i < wanted.length; i += 10_000) {
    const found = await db.query<{ id: string; ward_id: string }>(
      'SELECT id, ward_id FROM groups WHERE id = ANY($1)',
      [wanted.slice(i, i + 10_000)],
    );
    for (const g of found) groupWard.set(g.id, g.ward_id);
  }
  for (const r of [...records.patrols, ...records.cases]) {
    if (!ward(r.at, r.wardId)) continue;
    const of = groupWard.get(r.groupId);
    if (of === undefined)
      problems.add({
        ...r.at,
        column: 'group_id',
        value: r.groupId,
        reason: 'unknown group id: neither in this import nor in the database',
      });
    else if (of !== r.wardId)
      problems.add({
        ...r.at,
        column: 'group_id',
        value: r.groupId,
        reason: `a group in another ward: ${r.groupId} belongs to ${of}, not ${r.wardId}`,
      });
  }
}
