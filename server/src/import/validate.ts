// Validation of a whole command: every file read, every row checked on its own, then across rows
// and against the database (ids unique across all files, wards in the tree the import ends with,
// groups in the ward of their records). Reads the database only; nothing is written here.
import type { Db } from '../db/db';
import { readCsv } from './csv';
import { mapHeader, RowReader, type Where } from './fields';
import { LIMITS, type Kind } from './formats';
import { readRecord, type Records } from './records';
import type { ImportProblemCode, ImportProblemParams } from '../../../src/api/import-problems';
import { fileProblem, problemAt, Problems, type Problem, type Sheet } from './sheet';
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
  const say = <C extends ImportProblemCode>(code: C, params: ImportProblemParams<C>) =>
    problems.add(fileProblem(file.name, null, code, params));
  if (file.bytes.length > LIMITS.fileBytes) {
    say('fileTooBig', { bytes: file.bytes.length, maxMiB: LIMITS.fileBytes / 1024 / 1024 });
    return [];
  }
  const zip = file.bytes[0] === 0x50 && file.bytes[1] === 0x4b;
  if (/\.xlsx$/i.test(file.name) || zip) {
    if (!zip) {
      say('notZip', {});
      return [];
    }
    return readXlsx(file.name, file.bytes, problems);
  }
  if (/\.(xls|ods|xlsm|xlsb)$/i.test(file.name)) {
    say('unknownFileType', {});
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
  code: 'duplicateAreaId' | 'duplicateGroupId' | 'duplicatePatrolId' | 'duplicateCaseId' | 'duplicateReport',
  problems: Problems,
): void {
  const seen = new Map<string, Where>();
  for (const item of items) {
    const k = key(item);
    const first = seen.get(k);
    if (first)
      problems.add(
        problemAt({ ...item.at, column, value: k }, code, {
          // Language-neutral: "book.xlsx › patrols" names a sheet in every language.
          firstFile: first.sheet ? `${first.file} › ${first.sheet}` : first.file,
          firstRow: first.row,
        }),
      );
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
    problems.add(fileProblem(files[LIMITS.files]?.name ?? '', null, 'tooManyFiles', { max: LIMITS.files }));
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
          problems.add(
            problemAt(
              {
                file: sheet.file,
                sheet: sheet.sheet,
                row: row.row,
                column: `#${stray + 1}`,
                value: row.cells[stray]?.text ?? '',
              },
              'strayValue',
              { index: stray + 1 },
            ),
          );
        else readRecord(new RowReader(sheet, row, index, problems, today), records);
      }
    }
  }
  if (total > LIMITS.rowsPerImport)
    problems.add(
      fileProblem(files[0]?.name ?? '', null, 'tooManyRowsImport', {
        rows: total,
        max: LIMITS.rowsPerImport,
      }),
    );
  unique(records.areas, (a) => a.id, 'id', 'duplicateAreaId', problems);
  unique(records.groups, (g) => g.id, 'id', 'duplicateGroupId', problems);
  unique(records.patrols, (p) => p.id, 'id', 'duplicatePatrolId', problems);
  unique(records.cases, (c) => c.id, 'id', 'duplicateCaseId', problems);
  unique(records.incidents, (i) => `${i.wardId} ${i.month}`, 'month', 'duplicateReport', problems);
  const tree = records.areas.length > 0 ? buildTree(records.areas, problems) : null;
  if (scope !== null)
    for (const a of records.areas.slice(0, 1))
      problems.add(
        problemAt({ ...a.at, column: null, value: null }, 'treeForWholeDataOnly', { area: scope }),
      );
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
      problems.add(
        problemAt(
          { ...at, column: 'ward_id', value: id },
          tree || wards.size > 0 ? 'unknownWard' : 'unknownWardNoTree',
          {},
        ),
      );
    else if (mine && !mine.has(id))
      problems.add(problemAt({ ...at, column: 'ward_id', value: id }, 'outsideArea', { area: scope ?? '' }));
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
  await checkMovedGroups(db, records, problems);
  for (const r of [...records.patrols, ...records.cases]) {
    if (!ward(r.at, r.wardId)) continue;
    const of = groupWard.get(r.groupId);
    if (of === undefined)
      problems.add(problemAt({ ...r.at, column: 'group_id', value: r.groupId }, 'unknownGroup', {}));
    else if (of !== r.wardId)
      problems.add(
        problemAt({ ...r.at, column: 'group_id', value: r.groupId }, 'groupInOtherWard', {
          groupId: r.groupId,
          groupWard: of,
          wardId: r.wardId,
        }),
      );
  }
}

/**
 * A group imported into another ward than the database's: its patrols and cases already in the
 * database stay in the old ward unless this import brings them too, and a record would then sit in
 * a ward its group is not in. Refused, with the count, rather than moved silently.
 */
async function checkMovedGroups(db: Db, records: Records, problems: Problems): Promise<void> {
  const patrols = records.patrols.map((r) => r.id);
  const cases = records.cases.map((r) => r.id);
  for (let i = 0; i < records.groups.length; i += 10_000) {
    const batch = records.groups.slice(i, i + 10_000);
    const left = await db.query<{ id: string; old_ward: string; n: number }>(
      `SELECT g.id, r.ward_id AS old_ward, count(*)::int AS n
         FROM unnest($1::text[], $2::text[]) AS g(id, ward_id)
         JOIN (SELECT group_id, ward_id FROM patrols WHERE NOT (id = ANY($3::text[])) UNION ALL
               SELECT group_id, ward_id FROM mediation_cases WHERE NOT (id = ANY($4::text[]))) r
           ON r.group_id = g.id AND r.ward_id <> g.ward_id
        GROUP BY g.id, r.ward_id ORDER BY g.id, r.ward_id`,
      [batch.map((g) => g.id), batch.map((g) => g.wardId), patrols, cases],
    );
    const byId = new Map(batch.map((g) => [g.id, g]));
    for (const l of left) {
      const g = byId.get(l.id);
      if (g)
        problems.add(
          problemAt({ ...g.at, column: 'ward_id', value: g.wardId }, 'groupMovedWithRecords', {
            wardId: g.wardId,
            count: l.n,
            oldWard: l.old_ward,
          }),
        );
    }
  }
}
