import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { Panel } from '../panel';
import { NameLookupProvider, type NameLookups } from './cells';
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
}

/**
 * A record register: filters above a server table of the API's list. The table reports its own
 * loading and error states, so the panel itself waits for nothing.
 */
export function RegistryPanel<TRow extends { id: string }>(props: RegistryPanelProps<TRow>) {
  const { title, filters, filtered, onClearFilters, lookups, ...table } = props;
  const { t } = useI18n();
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
          <NameLookupProvider value={lookups}>
            <ServerTable {...table} />
          </NameLookupProvider>
        </div>
      )}
    </Panel>
  );
}
