import { useId, useState } from 'react';
import { KINDS, type Kind } from '../../api/import-formats';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/import';
import '../../i18n/messages/views/import-template';
import { downloadCsv } from '../../lib/csv';
import { fileName, saveBlob } from '../../lib/download';
import { XLSX_MIME } from '../../lib/xlsx';
import { templateCsv, templateCsvName, templateXlsx } from './template-files';

/** The templates to fill in: the workbook of every kind with its instructions, or a CSV per kind. */
export function TemplatesPanel() {
  const i18n = useI18n();
  const { t } = i18n;
  const headingId = useId();
  const [error, setError] = useState<string | null>(null);

  const run = (save: () => void) => {
    setError(null);
    try {
      save();
    } catch (e) {
      setError(t('import.templates.failed', { message: e instanceof Error ? e.message : String(e) }));
    }
  };
  const saveXlsx = () =>
    run(() =>
      saveBlob(
        new Blob([templateXlsx(i18n)], { type: XLSX_MIME }),
        fileName([t('import.templates.xlsxName')], 'xlsx'),
      ),
    );
  const saveCsv = (kind: Kind) => run(() => downloadCsv(templateCsvName(kind), templateCsv(kind)));

  return (
    <section aria-labelledby={headingId} className="panel flex flex-col gap-3" data-testid="import-templates">
      <h2 id={headingId} className="text-base font-semibold">
        {t('import.templates.title')}
      </h2>
      <p className="text-sm">{t('import.templates.intro')}</p>
      <div>
        <button type="button" className="btn" onClick={saveXlsx} data-testid="template-xlsx">
          <span aria-hidden="true">↓</span> {t('import.templates.xlsx')}
        </button>
      </div>
      <div role="group" aria-labelledby={`${headingId}-csv`} className="flex flex-col gap-2">
        <h3 id={`${headingId}-csv`} className="text-sm font-semibold">
          {t('import.templates.csvTitle')}
        </h3>
        <ul className="flex flex-wrap gap-2">
          {KINDS.map((kind) => (
            <li key={kind}>
              <button
                type="button"
                className="btn btn-small"
                onClick={() => saveCsv(kind)}
                data-testid={`template-csv-${kind}`}
              >
                <span aria-hidden="true">↓</span> {t(`import.kind.${kind}`)} ({templateCsvName(kind)})
              </button>
            </li>
          ))}
        </ul>
      </div>
      {error && (
        <p role="alert" className="tone-bad text-sm">
          {error}
        </p>
      )}
    </section>
  );
}
