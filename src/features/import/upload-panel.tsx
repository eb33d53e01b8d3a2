import { useId, useState } from 'react';
import { useImportFiles, type ImportOutcome, type ImportRequest } from '../../api/endpoints/import-files';
import { LIMITS } from '../../api/import-formats';
import { monthString } from '../../api/schemas';
import { describeError } from '../../components/error-message';
import { useI18n, type I18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/import';
import { formatBytes } from './limits';
import { ImportSummary, totalRows } from './import-summary';
import { ProblemReport } from './problem-report';

/** The last answer, with the request it answered: the import is allowed only after a clean check of the same. */
interface Answered {
  request: ImportRequest;
  outcome: ImportOutcome;
}

const ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Files over the limits the server would refuse anyway: said before uploading hundreds of MiB for nothing. */
function localProblems(files: readonly File[], i18n: I18n): string[] {
  const { t, fmt } = i18n;
  const mib = fmt.number(LIMITS.fileBytes / 1024 / 1024);
  const out = files
    .filter((f) => f.size > LIMITS.fileBytes)
    .map((f) => t('import.upload.tooBig', { name: f.name, size: formatBytes(f.size, i18n), mib }));
  if (files.length > LIMITS.files)
    out.push(t('import.upload.tooMany', { count: files.length, max: fmt.number(LIMITS.files) }));
  const total = files.reduce((sum, f) => sum + f.size, 0);
  if (total > LIMITS.requestBytes)
    out.push(
      t('import.upload.tooMuch', {
        size: formatBytes(total, i18n),
        mib: fmt.number(LIMITS.requestBytes / 1024 / 1024),
      }),
    );
  return out;
}

export function UploadPanel() {
  const i18n = useI18n();
  const { t, fmt } = i18n;
  const id = useId();
  const mutation = useImportFiles();
  const [files, setFiles] = useState<readonly File[]>([]);
  const [month, setMonth] = useState('');
  // The month is judged once typed out or left, not at its first digit.
  const [monthLeft, setMonthLeft] = useState(false);
  const [answered, setAnswered] = useState<Answered | null>(null);
  const [failure, setFailure] = useState<{ message: string; check: boolean } | null>(null);
  // A new key empties the file input after an import, so the same files are not sent twice by mistake.
  const [inputKey, setInputKey] = useState(0);

  const publishThrough = month.trim() === '' ? undefined : month.trim();
  const monthOk = publishThrough === undefined || monthString.safeParse(publishThrough).success;
  const monthWrong = !monthOk && (monthLeft || month.trim().length >= 7);
  const tooMuch = localProblems(files, i18n);
  const busy = mutation.isPending;
  const canCheck = files.length > 0 && monthOk && tooMuch.length === 0 && !busy;
  const lastCheck =
    answered?.request.check &&
    answered.outcome.status === 'accepted' &&
    answered.request.files === files &&
    answered.request.publishThrough === publishThrough
      ? answered.outcome.result
      : null;
  const canImport = canCheck && lastCheck !== null && totalRows(lastCheck.rows) > 0;

  async function send(check: boolean) {
    const request: ImportRequest = { files, publishThrough, check };
    setFailure(null);
    try {
      const outcome = await mutation.mutateAsync(request);
      setAnswered({ request, outcome });
      if (!check && outcome.status === 'accepted') {
        setFiles([]);
        setMonth('');
        setMonthLeft(false);
        setInputKey((k) => k + 1);
      }
    } catch (error) {
      setAnswered(null);
      setFailure({ message: describeError(error, t, fmt), check });
    }
  }

  const status = statusText();
  function statusText(): string {
    if (busy) return t(mutation.variables?.check ? 'import.status.checking' : 'import.status.importing');
    if (!answered) return '';
    const { outcome, request } = answered;
    if (outcome.status === 'rejected')
      return t('import.status.rejected', {
        count: outcome.report.problems.length + outcome.report.moreProblems,
      });
    const rows = totalRows(outcome.result.rows);
    if (!request.check) return t('import.status.imported', { rows });
    return rows > 0 ? t('import.status.checked', { rows }) : t('import.status.checkedEmpty');
  }

  const hintId = `${id}-import-hint`;
  return (
    <section
      aria-labelledby={`${id}-title`}
      className="panel flex flex-col gap-4"
      data-testid="import-upload"
    >
      <h2 id={`${id}-title`} className="text-base font-semibold">
        {t('import.upload.title')}
      </h2>
      <form
        className="flex flex-col gap-4"
        onSubmit={(e) => {
          e.preventDefault();
          if (canCheck) void send(true);
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-files`}>{t('import.upload.files')}</label>
          <input
            key={inputKey}
            id={`${id}-files`}
            type="file"
            multiple
            accept={ACCEPT}
            aria-describedby={`${id}-files-hint`}
            className="w-full max-w-xl"
            onChange={(e) => {
              setFiles(Array.from(e.currentTarget.files ?? []));
              setAnswered(null);
              setFailure(null);
            }}
            data-testid="import-files"
          />
          <p id={`${id}-files-hint`} className="text-muted">
            {t('import.upload.filesHint')}
          </p>
        </div>
        {files.length > 0 && (
          <div className="flex flex-col gap-1 text-sm">
            <h3 className="font-semibold">{t('import.upload.selected')}</h3>
            <ul className="flex flex-col gap-0.5" data-testid="import-selected">
              {files.map((f, i) => (
                <li key={i}>
                  <bdi className="[overflow-wrap:anywhere]">{f.name}</bdi>{' '}
                  <span className="text-muted">· {formatBytes(f.size, i18n)}</span>
                </li>
              ))}
            </ul>
          </div>
        )}
        {tooMuch.length > 0 && (
          <ul role="alert" className="error-box flex flex-col gap-1 text-sm">
            {tooMuch.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        )}
        <div className="field max-w-prose">
          <label htmlFor={`${id}-month`}>{t('import.upload.publishThrough')}</label>
          {/* Text, not type="month": Firefox and Safari have no month field, and Chromium's shows
              dashes instead of the YYYY-MM that the hint (and the files) use. */}
          <input
            id={`${id}-month`}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            spellCheck={false}
            maxLength={7}
            value={month}
            placeholder="YYYY-MM"
            className="w-32"
            aria-invalid={monthWrong}
            aria-describedby={`${id}-month-hint${monthWrong ? ` ${id}-month-error` : ''}`}
            onChange={(e) => setMonth(e.currentTarget.value)}
            onBlur={() => setMonthLeft(true)}
            data-testid="import-publish-through"
          />
          <p id={`${id}-month-hint`} className="text-muted">
            {t('import.upload.publishHint')}
          </p>
          {monthWrong && (
            <p id={`${id}-month-error`} className="tone-bad">
              <span aria-hidden="true">⚠ </span>
              {t('import.upload.badMonth')}
            </p>
          )}
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <button
            type="submit"
            className="btn disabled:cursor-not-allowed disabled:opacity-60"
            disabled={!canCheck}
            data-testid="import-check"
          >
            {t('import.upload.check')}
          </button>
          <button
            type="button"
            className="btn disabled:cursor-not-allowed disabled:opacity-60"
            disabled={!canImport}
            aria-describedby={hintId}
            onClick={() => void send(false)}
            data-testid="import-confirm"
          >
            {t('import.upload.import')}
          </button>
        </div>
        <p id={hintId} className="text-muted text-sm">
          {files.length === 0 ? t('import.upload.needFiles') : canImport ? '' : t('import.upload.needCheck')}
        </p>
      </form>
      <p role="status" aria-live="polite" className="font-medium" data-testid="import-status">
        {status}
      </p>
      {failure && (
        <div role="alert" className="error-box flex flex-col gap-1 text-sm" data-testid="import-failed">
          <p>{t('import.status.failed', { message: failure.message })}</p>
          {!failure.check && <p>{t('import.status.maybeImported')}</p>}
        </div>
      )}
      {answered && !busy && <Answer outcome={answered.outcome} />}
    </section>
  );
}

function Answer({ outcome }: { outcome: ImportOutcome }) {
  return outcome.status === 'rejected' ? (
    <ProblemReport report={outcome.report} />
  ) : (
    <ImportSummary result={outcome.result} />
  );
}
