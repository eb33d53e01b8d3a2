import { isImportProblemCode } from '../../api/import-problems';
import type { ImportProblem } from '../../api/import-schemas';
import type { I18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/import-problems';

/**
 * A refused row's or file's problem in the user's language, from its code and parameters (numbers
 * in the locale's format). A code this build does not know (a newer server) shows the server's own
 * English reason rather than nothing.
 */
export function problemText(
  problem: Pick<ImportProblem, 'code' | 'params' | 'reason'>,
  { t, fmt }: Pick<I18n, 't' | 'fmt'>,
): string {
  if (!isImportProblemCode(problem.code)) return problem.reason;
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(problem.params))
    values[name] = typeof value === 'number' ? fmt.number(value, 2) : value;
  return t(`importProblem.${problem.code}`, values);
}
