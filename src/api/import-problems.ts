// Why an import row or file was refused: a stable code with named parameters, so that the server
// (POST /imports, the CLI) and the dashboard agree on every problem and the dashboard can say it in
// the user's language. The English text here is the contract's `reason` (the CLI prints it; a client
// that does not know a code shows it as given); the dashboard's vi/en/fr texts live in its messages.

export const importProblemText = {
  // The command and its files.
  noFiles: 'no file to import',
  tooManyFiles: 'at most {max} files per import',
  tooManyRowsImport: '{rows} rows: at most {max} per import',
  noPublishedMonth:
    'no monthly reports and no published month yet: give the last published month (--publish-through YYYY-MM)',
  fileTooBig: '{bytes} bytes: at most {maxMiB} MiB per file',
  notZip: 'not an XLSX file (an .xlsx file is a zip archive)',
  unknownFileType: 'unknown file type: save it as .xlsx or as CSV UTF-8',
  utf16: 'the file is in UTF-16 ("Unicode text"): save it as "CSV UTF-8"',
  notUtf8: 'the file is not UTF-8 (perhaps Windows-1258 or another legacy encoding): save it as "CSV UTF-8"',
  unreadableCsv: 'not a readable CSV file: {detail}',
  emptyFile: 'the file is empty: its first row must hold the column names',
  tooManyRowsFile: '{rows} rows: at most {max} per file',
  unreadableXlsx: 'not a readable XLSX file: {detail}',
  unzipsTooBig: 'not a readable XLSX file: it unzips to more than {maxMiB} MiB',
  noSheets: 'not an XLSX workbook: it has no sheets (is it an .xls or .ods file?)',
  unknownSheet:
    'unknown sheet "{sheet}": a data sheet is named areas, groups, patrols, mediation_cases or incidents',
  missingSheetPart: 'the sheet’s part {path} is missing from the file',
  noHeaderRow: 'the first row must hold the column names',
  tooManyRowsSheet: '{rows} rows: at most {max} per sheet',
  // The header row.
  unknownColumn: 'unknown column "{header}" for {kind}: expected {expected}',
  duplicateColumn: 'column {column} given twice',
  missingColumn: 'missing column {column} ("{header}") for {kind}',
  strayValue: 'a value in column {index}, which has no header',
  // One cell.
  formula: 'a formula (={formula}): type the value itself, formulas are not evaluated',
  errorCell: 'an error cell ({value})',
  cellTooLong: '{length} characters: at most {max}',
  required: 'required: the cell is empty',
  controlCharacters: 'contains control characters',
  notOneOf: 'expected one of {values}',
  negativeCount: 'a negative count: counts are 0 or more',
  notWholeNumber: 'not a whole number',
  tooLarge: 'more than {max}',
  notMonth: 'expected a month YYYY-MM, e.g. 2026-10',
  futureMonth: 'a month in the future',
  notDate: 'expected a date YYYY-MM-DD, e.g. 2026-10-31',
  noSuchMonth: 'expected a date YYYY-MM-DD: no such month',
  dayOutsideMonth: 'a date outside its month: {month} has {days} days',
  futureDate: 'a date in the future',
  // One record.
  zeroDuration: 'a patrol lasts at least a minute',
  closedBeforeReceived: 'closed before it was received ({receivedOn})',
  pendingClosed: 'a pending case has no closing date',
  closingDateMissing: 'a {outcome} case needs its closing date',
  // Across rows and against the database.
  duplicateAreaId: 'duplicate area id: also in {firstFile}, row {firstRow}',
  duplicateGroupId: 'duplicate group id: also in {firstFile}, row {firstRow}',
  duplicatePatrolId: 'duplicate patrol id: also in {firstFile}, row {firstRow}',
  duplicateCaseId: 'duplicate case id: also in {firstFile}, row {firstRow}',
  duplicateReport: 'duplicate monthly report (ward_id and month): also in {firstFile}, row {firstRow}',
  unknownWard: 'unknown ward id: no ward of the area tree has this id',
  unknownWardNoTree: 'unknown ward id: the database holds no area tree yet, import an areas file first',
  outsideArea: 'outside your area ({area}): not imported',
  unknownGroup: 'unknown group id: neither in this import nor in the database',
  groupInOtherWard: 'a group in another ward: {groupId} belongs to {groupWard}, not {wardId}',
  groupMovedWithRecords:
    'the group moves to {wardId}, but the database holds {count} of its patrols or mediation cases in {oldWard}: import them with the new ward too',
  // The area tree.
  treeForWholeDataOnly:
    'the area tree is imported for the whole data set only, not from an account for {area}',
  unknownParent: 'unknown area id: no row of the areas file has id {parentId}',
  levelUnderLevel: 'a {level} cannot be under the {parentLevel} {parentId}',
  requiredForWard: 'required for a ward',
  rootCount: 'the tree needs exactly one root (an area without parent_id); found {count}',
  parentCycle: 'not under the root: its parents form a cycle',
  totalGiven: 'leave it empty: the total of its wards is {total}',
  wardMissingHasRecords:
    'the ward is missing from the areas file but the database holds {count} {kind} of it',
  reportsOfMissingWards: '{count} monthly reports of wards missing from the areas file are in the database',
} as const;

export type ImportProblemCode = keyof typeof importProblemText;
export const importProblemCodes = Object.keys(importProblemText) as ImportProblemCode[];

type ParamNames<S extends string> = S extends `${string}{${infer P}}${infer Rest}`
  ? P | ParamNames<Rest>
  : never;

/** The parameters a code's text names, e.g. `{ rows: number | string; max: number | string }`. */
export type ImportProblemParams<C extends ImportProblemCode> = Record<
  ParamNames<(typeof importProblemText)[C]>,
  string | number
>;

export function isImportProblemCode(code: string): code is ImportProblemCode {
  return Object.hasOwn(importProblemText, code);
}

/** Fills `{name}` placeholders from `params`; a missing one stays as written. */
export function fillPlaceholders(
  text: string,
  params: Readonly<Record<string, string | number>>,
  format: (value: string | number) => string = String,
): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : format(value);
  });
}

/** The English reason of a problem (the contract's `reason`, the CLI's report). */
export function importProblemReason(
  code: ImportProblemCode,
  params: Readonly<Record<string, string | number>>,
): string {
  return fillPlaceholders(importProblemText[code], params);
}
