import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/errors';
import { formatters } from '../i18n/format';
import type { I18n } from '../i18n/i18n-context';
import { translate, type Locale } from '../i18n/locales';
import { describeError } from './error-message';

const describeIn = (locale: Locale, error: unknown) =>
  describeError(error, ((key, values) => translate(locale, key, values)) as I18n['t'], formatters(locale));

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
    expect(describeIn('en', forbidden)).toBe(
      'This account may not see this data (HTTP 403). The server says: Forbidden — Your role may not read /stats/mediation.',
    );
    expect(describeIn('vi', forbidden)).toMatch(
      /^Tài khoản này không được phép xem dữ liệu này \(HTTP 403\)\. Máy chủ cho biết: Forbidden — Your role/,
    );
    expect(describeIn('fr', forbidden)).toMatch(
      /^Ce compte n’est pas autorisé à voir ces données \(HTTP 403\)\./,
    );
  });
});
