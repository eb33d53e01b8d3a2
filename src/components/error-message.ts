import { ApiError } from '../api/errors';
import type { I18n } from '../i18n/i18n-context';
import type { MessageKey } from '../i18n/locales';

function statusExplanation(status: number): MessageKey {
  if (status === 400 || status === 422) return 'request.badRequest';
  if (status === 401) return 'request.unauthorized';
  if (status === 403) return 'request.forbidden';
  if (status === 404 || status === 410) return 'request.notFound';
  if (status === 429) return 'request.tooMany';
  if (status === 502 || status === 503 || status === 504) return 'request.unavailable';
  return status >= 500 ? 'request.server' : 'request.otherClient';
}

/**
 * Says what failed: the app's own words for the status, then the problem's title and detail as the
 * server wrote them (the detail often says what to change, e.g. a narrower area); or the invalid
 * field of the response; or that the server was unreachable or too slow.
 */
export function describeError(error: unknown, t: I18n['t']): string {
  if (error instanceof ApiError) {
    switch (error.kind) {
      case 'http': {
        const status = error.status ?? 0;
        const ours = t(statusExplanation(status), { status });
        const theirs = [error.title, error.detail].filter(Boolean).join(' — ');
        return theirs ? `${ours} ${t('request.serverSays', { message: theirs })}` : ours;
      }
      case 'invalid':
        return t('error.invalid', { field: error.field ?? '', path: error.path });
      case 'network':
        return t('error.network', { path: error.path });
      case 'timeout':
        return t('request.timeout', { seconds: Math.round((error.timeoutMs ?? 0) / 1000), path: error.path });
    }
  }
  return error instanceof Error ? error.message : String(error);
}
