import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './return-path';

const origin = 'https://dash.example.vn';

describe('safeReturnPath', () => {
  it('keeps a path of the app with its search and hash', () => {
    expect(safeReturnPath('/wards?area=p1&period=2025&lang=en#top', origin, '/')).toBe(
      '/wards?area=p1&period=2025&lang=en#top',
    );
    expect(safeReturnPath('/antt/incidents?area=d2', origin, '/antt/')).toBe('/antt/incidents?area=d2');
    expect(safeReturnPath('/antt', origin, '/antt/')).toBe('/antt');
  });

  it.each([
    ['another site', 'https://evil.example/phish'],
    ['a protocol-relative URL', '//evil.example/phish'],
    ['a backslash trick', '/\\evil.example'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a relative path', 'wards'],
    ['not a string', 42],
    ['the callback itself', '/auth/callback?code=x'],
  ])('falls back to the base for %s', (_name, value) => {
    expect(safeReturnPath(value, origin, '/')).toBe('/');
  });

  it('refuses a path outside the base', () => {
    expect(safeReturnPath('/other-app/', origin, '/antt/')).toBe('/antt/');
    expect(safeReturnPath('/anttx/wards', origin, '/antt/')).toBe('/antt/');
  });
});
