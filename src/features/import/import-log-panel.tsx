import type { ReactNode } from 'react';
import { useImportLog } from '../../api/endpoints/import-log';
import { KINDS } from '../../api/import-formats';
import type { ImportLogEntry } from '../../api/import-schemas';
import { Name } from '../../components/name';
import { Panel } from '../../components/panel';
import { ScrollTable } from '../../components/scroll-table';
import { useAreaTree } from '../../hooks/use-area-tree';
import { useI18n, type I18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/locales';
import '../../i18n/messages/views/import';
import type { AreaTree } from '../../lib/area-tree';
import { formatBytes } from './limits';

/** Hex digits of a SHA-256 shown: enough to tell two files apart at a glance; the whole one is the tooltip. */
const SHA_SHOWN = 12;

interface LogContext extends Pick<I18n, 't' | 'fmt'> {
  tree: AreaTree | undefined;
}

interface LogColumn {
  header: MessageKey;
  /** The least width: on a phone the table scrolls sideways rather than squeezing names to a letter a line. */
  width: string;
  cell: (entry: ImportLogEntry, ctx: LogContext) => ReactNode;
}

const LOG_COLUMNS: readonly LogColumn[] = [
  { header: 'import.log.who', width: 'min-w-32', cell: (e) => <Name name={e.importedBy} clamp /> },
  {
    header: 'import.log.area',
    width: 'min-w-32',
    cell: (e, { t, tree }) =>
      e.areaId === null ? (
        t('import.log.wholeData')
      ) : (
        <Name name={tree?.byId.get(e.areaId)?.name ?? e.areaId} clamp />
      ),
  },
  {
    header: 'import.log.files',
    width: 'min-w-56',
    cell: (e, ctx) => (
      <ul className="flex flex-col gap-1">
        {e.files.map((f, i) => (
          <li key={i}>
            <Name name={f.name} clamp />{' '}
            <span className="text-muted whitespace-nowrap">
              · {formatBytes(f.bytes, ctx)} ·{' '}
              <abbr title={ctx.t('import.log.sha', { sha: f.sha256 })} className="font-mono no-underline">
                {f.sha256.slice(0, SHA_SHOWN)}…
              </abbr>
            </span>
          </li>
        ))}
      </ul>
    ),
  },
  {
    header: 'import.log.rows',
    width: 'min-w-40',
    cell: (e, { t, fmt }) => (
      <ul className="flex flex-col">
        {KINDS.filter((kind) => (e.rows[kind] ?? 0) > 0).map((kind) => (
          <li key={kind} className="whitespace-nowrap">
            {t(`import.kind.${kind}`)}: {fmt.number(e.rows[kind] ?? 0)}
          </li>
        ))}
      </ul>
    ),
  },
  { header: 'import.log.dataTo', width: 'min-w-28', cell: (e, { fmt }) => fmt.month(e.dataTo) },
];

/** Who imported which files when: the editor's own record of what went in (GET /imports). */
export function ImportLogPanel() {
  const { t, fmt } = useI18n();
  const log = useImportLog();
  const { tree } = useAreaTree();
  const items = log.data?.items ?? [];
  const ctx: LogContext = { t, fmt, tree };
  return (
    <Panel
      title={t('import.log.title')}
      queries={[log]}
      isEmpty={items.length === 0}
      emptyMessage={t('import.log.empty')}
      className="min-w-0"
    >
      {() => (
        <ScrollTable caption={t('import.log.caption')} testId="import-log-table">
          <thead>
            <tr>
              <th scope="col">{t('import.log.when')}</th>
              {LOG_COLUMNS.map((c) => (
                <th key={c.header} scope="col" className={c.width}>
                  {t(c.header)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {items.map((entry) => (
              <tr key={entry.id} data-row-id={entry.id} className="align-top">
                <th scope="row" className="whitespace-nowrap font-normal">
                  <time dateTime={entry.importedAt}>{fmt.dateTime(entry.importedAt)}</time>
                </th>
                {LOG_COLUMNS.map((c) => (
                  <td key={c.header}>{c.cell(entry, ctx)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
    </Panel>
  );
}
