import { ApiError } from '../api/errors';
import { AreaTreeError } from '../lib/area-tree';
import type { I18n } from '../i18n/i18n-context';
import { describeProblem } from './data-problem-message';

/**
 * Says what failed: HTTP status and problem title (and the server's detail, which often says what
 * to change, e.g. a narrower area), or the invalid field of the response.
 */
export function describeError(error: unknown, t: I18n['t'], fmt: I18n['fmt']): string {
  if (error instanceof ApiError) {
    switch (error.kind) {
      case 'http': {
        const http = t('error.http', { status: error.status ?? 0, title: error.title ?? '' });
        return error.detail ? t('error.httpDetail', { http, detail: error.detail }) : http;
      }
      case 'invalid':
        if (error.problem) return describeProblem(error.problem, error.path, { t, fmt });
        return t('error.invalid', { field: error.field ?? '', path: error.path });
      case 'network':
        return t('error.network', { path: error.path });
    }
  }
  if (error instanceof AreaTreeError) return describeProblem(error.problem, '/areas', { t, fmt });
  return error instanceof Error ? error.message : String(error);
}
