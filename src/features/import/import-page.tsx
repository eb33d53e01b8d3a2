import { useId } from 'react';
import { PanelBody } from '../../components/panel';
import { useCanImport } from '../../hooks/use-can-import';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/import';
import { ImportLogPanel } from './import-log-panel';
import { limitPhrases } from './limits';
import { TemplatesPanel } from './templates-panel';
import { UploadPanel } from './upload-panel';

/** What a viewer reads on a direct visit: why the page holds nothing for them, never a blank page. */
function EditorsOnly() {
  const { t } = useI18n();
  return (
    <div className="notice flex flex-col gap-1" data-testid="import-forbidden">
      <h2 className="text-lg font-semibold">{t('import.forbidden.title')}</h2>
      <p>{t('import.forbidden.body')}</p>
    </div>
  );
}

function Limits() {
  const i18n = useI18n();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="notice text-sm" data-testid="import-limits">
      <h2 id={headingId} className="font-semibold">
        {i18n.t('import.limits.title')}
      </h2>
      <ul className="list-disc ps-5">
        {limitPhrases(i18n).map((phrase) => (
          <li key={phrase}>{phrase}</li>
        ))}
      </ul>
    </section>
  );
}

/** Editors' page: templates, then check and import, then the log of what went in. */
export function ImportPage() {
  const { t } = useI18n();
  const { me, allowed } = useCanImport();
  return (
    <div className="flex min-w-0 flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold" data-testid="page-title">
          {t('import.title')}
        </h1>
      </div>
      <PanelBody queries={[me]}>
        {() =>
          allowed ? (
            <div className="flex min-w-0 flex-col gap-6">
              <div className="flex max-w-prose flex-col gap-3">
                <p>{t('import.intro')}</p>
                <p>{t('import.replaces')}</p>
              </div>
              <Limits />
              <TemplatesPanel />
              <UploadPanel />
              <ImportLogPanel />
            </div>
          ) : (
            <EditorsOnly />
          )
        }
      </PanelBody>
    </div>
  );
}
