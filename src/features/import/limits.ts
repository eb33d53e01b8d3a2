import { LIMITS } from '../../api/import-formats';
import type { I18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/import';

const MiB = 1024 * 1024;

/** The limits of one import as phrases of the user's language (the page's list, the workbook's sentence). */
export function limitPhrases({ t, fmt }: Pick<I18n, 't' | 'fmt'>): string[] {
  return [
    t('import.limits.files', { count: LIMITS.files }),
    t('import.limits.fileSize', {
      mib: fmt.number(LIMITS.fileBytes / MiB),
      unzippedMib: fmt.number(LIMITS.unzippedBytes / MiB),
    }),
    t('import.limits.request', { mib: fmt.number(LIMITS.requestBytes / MiB) }),
    t('import.limits.rows', {
      perSheet: fmt.number(LIMITS.rowsPerSheet),
      perImport: fmt.number(LIMITS.rowsPerImport),
    }),
    t('import.limits.cell', { count: LIMITS.cellChars }),
    t('import.limits.problems', { count: LIMITS.problems }),
  ];
}

/** A file size as people read it: bytes, KiB or MiB with one decimal. */
export function formatBytes(bytes: number, { t, fmt }: Pick<I18n, 't' | 'fmt'>): string {
  if (bytes < 1024) return t('import.size.B', { n: fmt.number(bytes) });
  if (bytes < MiB) return t('import.size.KiB', { n: fmt.number(bytes / 1024, 1) });
  return t('import.size.MiB', { n: fmt.number(bytes / MiB, 1) });
}
