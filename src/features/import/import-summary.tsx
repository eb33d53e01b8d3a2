import { useId } from 'react';
import { KINDS } from '../../api/import-formats';
import type { ImportResult, ImportRows } from '../../api/import-schemas';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/import';
import { formatBytes } from './limits';

export function totalRows(rows: ImportRows): number {
  return KINDS.reduce((sum, kind) => sum + (rows[kind] ?? 0), 0);
}

/** Rows per kind, the kinds without rows left out, and their total. */
function RowsTable({ rows, imported }: { rows: ImportRows; imported: boolean }) {
  const { t, fmt } = useI18n();
  const kinds = KINDS.filter((kind) => (rows[kind] ?? 0) > 0);
  return (
    <table className="data-table max-w-md" data-testid="import-rows">
      <caption className="sr-only">{t('import.rows.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('import.rows.kind')}</th>
          <th scope="col" className="num">
            {t(imported ? 'import.rows.imported' : 'import.rows.wouldImport')}
          </th>
        </tr>
      </thead>
      <tbody>
        {kinds.map((kind) => (
          <tr key={kind} data-kind={kind}>
            <th scope="row" className="font-normal">
              {t(`import.kind.${kind}`)} <span className="text-muted">({kind})</span>
            </th>
            <td className="num">{fmt.number(rows[kind] ?? 0)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('import.rows.total')}</th>
          <td className="num font-semibold" data-testid="import-rows-total">
            {fmt.number(totalRows(rows))}
          </td>
        </tr>
      </tfoot>
    </table>
  );
}

/** What a clean check would import, or what an import did: rows per kind, the files, the published month. */
export function ImportSummary({ result }: { result: ImportResult }) {
  const i18n = useI18n();
  const { t, fmt } = i18n;
  const headingId = useId();
  const imported = !result.checkOnly;
  return (
    <section
      aria-labelledby={headingId}
      className="notice flex flex-col gap-2"
      data-testid={imported ? 'import-done' : 'import-checked'}
    >
      <h3 id={headingId} className="text-base font-semibold">
        <span aria-hidden="true">✓ </span>
        {t(imported ? 'import.result.importTitle' : 'import.result.checkTitle')}
      </h3>
      <RowsTable rows={result.rows} imported={imported} />
      {result.files.length > 0 && (
        <ul className="flex flex-col gap-0.5 text-sm">
          {result.files.map((f, i) => (
            <li key={i}>
              <bdi className="[overflow-wrap:anywhere]">{f.name}</bdi>{' '}
              <span className="text-muted">· {formatBytes(f.bytes, i18n)}</span>
            </li>
          ))}
        </ul>
      )}
      {result.dataTo && (
        <p className="text-sm" data-testid="import-data-to">
          {imported && result.dataFrom
            ? t('import.result.published', {
                month: fmt.month(result.dataTo),
                from: fmt.month(result.dataFrom),
              })
            : t('import.result.wouldPublish', { month: fmt.month(result.dataTo) })}
        </p>
      )}
    </section>
  );
}
