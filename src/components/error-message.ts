import { ApiError } from '../api/errors';
import type { I18n } from '../i18n/i18n-context';

/**
 * Says what failed: HTTP status and problem title (and the server's detail, which often says what
 * to change, e.g. a narrower area), or the invalid field of the response.
 */
export function describeError(error: unknown, t: I18n['t']): string {
  if (error instanceof ApiError) {
    switch (error.kind) {
      case 'http': {
        const http = t('error.http', { status: error.status ?? 0, title: error.title ?? '' });
        const problem = error.detail ? t('error.httpDetail', { http, detail: error.detail }) : http;
        // Signed in, but this account may not see what the panel shows (an area, a register).
        return error.status === 403 ? t('auth.forbidden', { problem }) : problem;
      }
      case 'invalid':
        return t('error.invalid', { field: error.field ?? '', path: error.path });
      case 'network':
        return t('error.network', { path: error.path });
    }
  }
  return error instanceof Error ? error.message : String(error);
}
