// POST /imports (v1.1): files of an editor's figures, checked (`?check=true`) or imported. A 200 is
// the summary; a 422 is the validation report (nothing imported), which the page shows as data.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiPostForm, requestTimeoutMs } from '../client';
import {
  importRejectedSchema,
  importResultSchema,
  type ImportRejected,
  type ImportResult,
} from '../import-schemas';

export interface ImportRequest {
  files: readonly File[];
  /** The last published month "YYYY-MM" (/meta's dataTo after the import); the server's default when absent. */
  publishThrough?: string | undefined;
  /** Validate only: nothing is written. */
  check: boolean;
}

export type ImportOutcome =
  { status: 'accepted'; result: ImportResult } | { status: 'rejected'; report: ImportRejected };

/**
 * Far longer than a GET's 30 s: the request uploads up to 50 files of 64 MiB each, over a
 * provincial office's link, and the server reads and checks up to 3 million rows before it answers.
 * Giving up early would not stop the server's transaction either: the user would read "failed" for
 * an import that went through.
 */
export const IMPORT_TIMEOUT_MS = 15 * 60 * 1000;

export function importForm({ files, publishThrough }: Pick<ImportRequest, 'files' | 'publishThrough'>) {
  const form = new FormData();
  for (const file of files) form.append('files', file, file.name);
  if (publishThrough) form.append('publishThrough', publishThrough);
  return form;
}

export async function postImport(request: ImportRequest, signal?: AbortSignal): Promise<ImportOutcome> {
  const answer = await apiPostForm(
    '/imports',
    importForm(request),
    importResultSchema,
    { status: 422, schema: importRejectedSchema },
    {
      params: request.check ? { check: 'true' } : {},
      timeoutMs: Math.max(IMPORT_TIMEOUT_MS, requestTimeoutMs()),
      ...(signal ? { signal } : {}),
    },
  );
  return answer.ok
    ? { status: 'accepted', result: answer.data }
    : { status: 'rejected', report: answer.data };
}

/**
 * Checks or imports. After an import every query is invalidated: the figures of every view, /meta's
 * dataTo (the period may move) and the import log all come fresh from the server.
 */
export function useImportFiles() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: ImportRequest) => postImport(request),
    onSuccess: async (outcome) => {
      if (outcome.status === 'accepted' && !outcome.result.checkOnly) await queryClient.invalidateQueries();
    },
    // A timeout or a lost connection says nothing of the server's transaction: it may have gone
    // through, so the figures and the log are asked again rather than left as they were.
    onError: (_error, request) => {
      if (!request.check) void queryClient.invalidateQueries();
    },
  });
}
