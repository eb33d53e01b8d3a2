import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/errors';
import { translate, type Locale } from '../i18n/locales';
import type { I18n } from '../i18n/i18n-context';
import { describeError } from './error-message';

const tIn =
  (locale: Locale): I18n['t'] =>
  (key, values) =>
    translate(locale, key, values);

const forbidden = new ApiError({
  kind: 'http',
  path: '/stats/mediation',
  status: 403,
  title: 'Forbidden',
  detail: 'Your role may not read /stats/mediation.',
  message: '/stats/mediation: HTTP 403 Forbidden',
});

describe('describeError', () => {
  it('says a 403 is this account’s limit, beside the server’s own title and detail', () => {
    expect(describeError(forbidden, tIn('en'))).toBe(
      'This account may not see this. HTTP 403: Forbidden. The server says: Your role may not read /stats/mediation.',
    );
    expect(describeError(forbidden, tIn('vi'))).toMatch(
      /^Tài khoản này không được phép xem nội dung này\. HTTP 403/,
    );
    expect(describeError(forbidden, tIn('fr'))).toMatch(
      /^Ce compte n’est pas autorisé à voir ceci\. HTTP 403/,
    );
  });

  it('leaves other statuses as the server put them', () => {
    const notFound = new ApiError({
      kind: 'http',
      path: '/x',
      status: 404,
      title: 'Not Found',
      message: 'x',
    });
    expect(describeError(notFound, tIn('en'))).toBe('HTTP 404: Not Found');
  });
});
