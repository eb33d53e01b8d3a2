// GET /imports (v1.1): the import log, newest first, of the imports the caller may see. Editors and
// admins only (a viewer gets 403), so only the import page asks.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../client';
import { importLogSchema, type ImportLog } from '../import-schemas';

export const importKeys = {
  all: ['imports'] as const,
  log: () => [...importKeys.all, 'log'] as const,
};

export function getImportLog(signal?: AbortSignal): Promise<ImportLog> {
  return apiGet('/imports', importLogSchema, {}, signal);
}

export const importLogQueryOptions = () =>
  queryOptions({
    queryKey: importKeys.log(),
    queryFn: ({ signal }) => getImportLog(signal),
    // Only an import changes it, and an import refreshes every query.
    staleTime: 5 * 60 * 1000,
  });

export function useImportLog({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...importLogQueryOptions(), enabled });
}
