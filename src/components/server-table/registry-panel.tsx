import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/server-table';
import { fileName } from '../../lib/download';
import { ExportAllButton } from '../export/export-all-button';
import { Panel } from '../panel';
import { NameLookupProvider, type NameLookups } from './cells';
import { useExportColumns, type RegistryExport } from './registry-export';
import { ServerTable, type ServerTableProps } from './server-table';

interface RegistryPanelProps<TRow extends { id: string }> extends ServerTableProps<TRow> {
  title: string;
  /** The filter controls, in the order they show. */
  filters: ReactNode;
  /** Any filter is set: a "clear filters" button shows after them. */
  filtered: boolean;
  onClearFilters: () => void;
  /** Names for the ids the rows hold. */
  lookups: NameLookups;
  /** Every row matching the filters as CSV or XLSX, not only the page on screen. */
  exportAll: RegistryExport<TRow>;
}

/**
 * A record register: filters above a server table of the API's list, and the download of every
 * matching row. The table reports its own loading and error states, so the panel itself waits
 * for nothing.
 */
export function RegistryPanel<TRow extends { id: string }>(props: RegistryPanelProps<TRow>) {
  const { title, filters, filtered, onClearFilters, lookups, exportAll, ...table } = props;
  const { t } = useI18n();
  const exportColumns = useExportColumns(exportAll.columns, lookups);
  return (
    <Panel title={title} queries={[]}>
      {() => (
        <div className="flex flex-col gap-3">
          <div className="flex flex-wrap items-end gap-3">
            {filters}
            {filtered && (
              <button type="button" className="btn" onClick={onClearFilters}>
                {t('serverTable.clearFilters')}
              </button>
            )}
          </div>
          <ExportAllButton
            name={title}
            path={exportAll.path}
            schema={exportAll.schema}
            params={exportAll.params}
            prepareRows={exportAll.prepareRows}
            columns={exportColumns}
            // Without an extension: the button adds it and makes the name safe again (idempotent).
            fileName={fileName([...exportAll.fileParts, title], '')}
            total={table.query.data?.total}
            waitingForNames={lookups.pending === true}
          />
          <NameLookupProvider value={lookups}>
            <ServerTable {...table} />
          </NameLookupProvider>
        </div>
      )}
    </Panel>
  );
}
