import { useId, useState, type ReactNode } from 'react';
import type { ImportRejected, ImportProblem } from '../../api/import-schemas';
import { ScrollTable } from '../../components/scroll-table';
import { useI18n, type I18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/locales';
import '../../i18n/messages/views/import';
import { saveBlob } from '../../lib/download';
import { tableCsv, type ExportColumn } from '../../lib/table-export';
import { cleanName } from '../../lib/text';
import { problemText } from './problem-text';

/** Rows shown at first and added per "show more": a report of 10,000 rows would be slow to render whole. */
const PAGE = 200;

type Texts = Pick<I18n, 't' | 'fmt'>;

interface ReportColumn {
  header: MessageKey;
  /**
   * The least width of the column: on a phone the table then scrolls sideways inside its region
   * rather than breaking "incidents.csv" into a letter a line.
   */
  width: string;
  numeric?: boolean;
  /** Our own sentence, shown whole (the files' text is cut to a few lines). */
  prose?: boolean;
  /** The cell's text: also the downloaded report's value. */
  text: (problem: ImportProblem, texts: Texts) => string | null;
}

const REPORT_COLUMNS: readonly ReportColumn[] = [
  { header: 'import.report.file', width: 'min-w-36', text: (p) => p.file || null },
  { header: 'import.report.sheet', width: 'min-w-24', text: (p) => p.sheet },
  {
    header: 'import.report.row',
    width: 'min-w-12',
    numeric: true,
    text: (p, { fmt }) => (p.row === null ? null : fmt.number(p.row)),
  },
  { header: 'import.report.column', width: 'min-w-28', text: (p) => p.column },
  { header: 'import.report.value', width: 'min-w-28', text: (p) => p.value },
  {
    header: 'import.report.problem',
    width: 'min-w-64',
    prose: true,
    text: (p, texts) => problemText(p, texts),
  },
];

/** A cell of the files' own text: shown as text, at most a few lines, never wider than the screen allows. */
function Cell({ value, prose, texts }: { value: string | null; prose: boolean; texts: Texts }): ReactNode {
  if (value === null || value === '')
    return (
      <>
        <span aria-hidden="true">—</span>
        <span className="sr-only">{texts.t('import.report.none')}</span>
      </>
    );
  // Control and bidi characters in a refused cell must not reorder or hide what is around it.
  const shown = cleanName(value);
  return (
    <bdi
      className={prose ? undefined : 'line-clamp-3 max-w-[min(20rem,70vw)] break-words'}
      title={!prose && shown.length > 40 ? shown : undefined}
    >
      {shown}
    </bdi>
  );
}

function downloadReport(problems: readonly ImportProblem[], texts: Texts) {
  const columns: ExportColumn<ImportProblem>[] = REPORT_COLUMNS.map((c) => ({
    header: texts.t(c.header),
    // The row as a number in the file, so a spreadsheet sorts it.
    value: c.header === 'import.report.row' ? (p) => p.row : (p) => c.text(p, texts),
  }));
  const csv = tableCsv(columns, problems);
  saveBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), `${texts.t('import.report.fileName')}.csv`);
}

/** Why nothing was imported: every problem the server listed, where it is and what to change. */
export function ProblemReport({ report }: { report: ImportRejected }) {
  const i18n = useI18n();
  const { t, fmt } = i18n;
  const headingId = useId();
  const [shown, setShown] = useState(PAGE);
  const problems = report.problems;
  const visible = problems.slice(0, shown);
  const left = problems.length - visible.length;

  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-2" data-testid="import-report">
      <h3 id={headingId} className="text-base font-semibold">
        {t('import.report.title')}
      </h3>
      <ScrollTable caption={t('import.report.caption')} testId="import-report-table">
        <thead>
          <tr>
            {REPORT_COLUMNS.map((c) => (
              <th key={c.header} scope="col" className={`${c.width} ${c.numeric ? 'num' : ''}`}>
                {t(c.header)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {visible.map((p, i) => (
            <tr key={i} data-code={p.code} className="align-top">
              {REPORT_COLUMNS.map((c) => (
                <td key={c.header} className={c.numeric ? 'num' : undefined}>
                  <Cell value={c.text(p, i18n)} prose={c.prose ?? false} texts={i18n} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      {left > 0 && (
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <span>
            {t('import.report.shown', {
              shown: fmt.number(visible.length),
              count: problems.length,
            })}
          </span>
          <button type="button" className="btn btn-small" onClick={() => setShown((n) => n + PAGE)}>
            {t('import.report.showMore', { count: Math.min(PAGE, left) })}
          </button>
        </div>
      )}
      {report.moreProblems > 0 && (
        <p className="text-sm" data-testid="import-report-more">
          {t('import.report.more', { count: report.moreProblems })}
        </p>
      )}
      <div>
        <button type="button" className="btn btn-small" onClick={() => downloadReport(problems, i18n)}>
          <span aria-hidden="true">↓</span> {t('import.report.download')}
        </button>
      </div>
    </section>
  );
}
