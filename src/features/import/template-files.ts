// The import templates: one workbook with a sheet per kind (row 1: the Vietnamese headers, which
// the server accepts as aliases of the column names) and an instruction sheet in the user's
// language, or one CSV file per kind. Both go through the app's writers (src/lib/xlsx.ts writes
// every cell as an inline string, src/lib/csv.ts neutralises formulas), so a template never
// carries a live formula.
import { COLUMNS, KINDS, type ColumnSpec, type Kind } from '../../api/import-formats';
import {
  areaLevels,
  groupStatusSchema,
  groupTypes,
  mediationCategories,
  mediationOutcomes,
  recognitions,
  shiftSchema,
} from '../../api/schemas';
import type { I18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/locales';
import '../../i18n/messages/views/import';
import '../../i18n/messages/views/import-template';
import { toCsv } from '../../lib/csv';
import { buildXlsx, type XlsxCell, type XlsxSheet } from '../../lib/xlsx';
import { limitPhrases } from './limits';

/** The instruction sheet's name: the server reads past it (INSTRUCTION_SHEETS, folded). */
export const INSTRUCTION_SHEET = 'Hướng dẫn';

type Texts = Pick<I18n, 't' | 'fmt'>;

/** A column's format in words: a message, or an enumeration's values. */
type Format = { message: MessageKey } | { values: readonly string[] };

const message = (key: MessageKey): Format => ({ message: key });

/** By column name (the same name means the same format in every kind), then by kind where they differ. */
const FORMATS: Record<string, Format> = {
  id: message('import.format.id'),
  ward_id: message('import.format.wardId'),
  group_id: message('import.format.groupId'),
  parent_id: message('import.format.parentId'),
  name: message('import.format.text'),
  residential_area: message('import.format.text'),
  leader: message('import.format.text'),
  note: message('import.format.text'),
  level: { values: areaLevels },
  type: { values: groupTypes },
  status: { values: groupStatusSchema.options },
  recognition: { values: recognitions },
  shift: { values: shiftSchema.options },
  category: { values: mediationCategories },
  outcome: { values: mediationOutcomes },
  established_on: message('import.format.date'),
  date: message('import.format.date'),
  received_on: message('import.format.date'),
  closed_on: message('import.format.closedOn'),
  month: message('import.format.month'),
  duration_minutes: message('import.format.minutes'),
  members: message('import.format.count'),
  participants: message('import.format.count'),
  findings: message('import.format.count'),
  public_order: message('import.format.count'),
  property: message('import.format.count'),
  drugs: message('import.format.count'),
  social_evils: message('import.format.count'),
  fire: message('import.format.count'),
  traffic: message('import.format.count'),
  other: message('import.format.count'),
  // The areas' figures are given for wards and computed above them.
  population: message('import.format.wardCount'),
  households: message('import.format.wardCount'),
  residential_areas: message('import.format.wardCount'),
  cameras: message('import.format.wardCount'),
  former_names: message('import.format.formerNames'),
  merged_on: message('import.format.date'),
};

/** The columns without a format of their own in FORMATS (a new column of the contract): tests keep it empty. */
export function columnsWithoutFormat(): string[] {
  return KINDS.flatMap((kind) => COLUMNS[kind].filter((c) => !(c.name in FORMATS)).map((c) => c.name));
}

function formatText(column: ColumnSpec, { t }: Texts): string {
  const format = FORMATS[column.name];
  if (!format) return t('import.format.text');
  return 'values' in format
    ? t('import.format.oneOf', { values: format.values.join(', ') })
    : t(format.message);
}

function instructionSheet(texts: Texts): XlsxSheet {
  const { t } = texts;
  const notes: XlsxCell[][] = [
    [t('import.sheet.sheets')],
    [t('import.replaces')],
    [t('import.sheet.tree')],
    [t('import.sheet.formats')],
    [t('import.sheet.allOrNothing')],
    [t('import.sheet.csv')],
    [t('import.sheet.limits', { limits: limitPhrases(texts).join('; ') })],
    [],
  ];
  const heading: XlsxCell[] = [
    t('import.sheet.col.kind'),
    t('import.sheet.col.sheet'),
    t('import.sheet.col.column'),
    t('import.sheet.col.header'),
    t('import.sheet.col.required'),
    t('import.sheet.col.format'),
  ];
  const columns = KINDS.flatMap((kind) =>
    COLUMNS[kind].map((c): XlsxCell[] => [
      t(`import.kind.${kind}`),
      kind,
      c.name,
      c.vi,
      t(c.optional ? 'import.sheet.optional' : 'import.sheet.required'),
      formatText(c, texts),
    ]),
  );
  return {
    name: INSTRUCTION_SHEET,
    // The notes overflow into the empty cells beside them, so the widths fit the table below.
    columns: [
      { header: t('import.sheet.title'), width: 26 },
      { header: '', width: 18 },
      { header: '', width: 20 },
      { header: '', width: 26 },
      { header: '', width: 16 },
      { header: '', width: 60 },
    ],
    rows: [...notes, heading, ...columns],
  };
}

/** The template workbook's sheets: the five kinds in contract order, then the instructions. */
export function templateSheets(texts: Texts): XlsxSheet[] {
  const data = KINDS.map((kind): XlsxSheet => ({
    name: kind,
    columns: COLUMNS[kind].map((c) => ({ header: c.vi })),
    rows: [],
  }));
  return [...data, instructionSheet(texts)];
}

export function templateXlsx(texts: Texts): Uint8Array<ArrayBuffer> {
  return buildXlsx(templateSheets(texts));
}

/** A kind's CSV template: the UTF-8 byte-order mark, then the Vietnamese header row. */
export function templateCsv(kind: Kind): string {
  return toCsv([COLUMNS[kind].map((c) => c.vi)]);
}

/** A CSV template's name: the kind, so the server takes the kind from it. */
export const templateCsvName = (kind: Kind) => `${kind}.csv`;
