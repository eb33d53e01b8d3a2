// The served dashboard carries exactly the headers of the example nginx deployment
// (deploy/security-headers.conf with nginx.conf's $csp), read here from those files independently
// of the server's own parser: only connect-src differs, naming this server and its provider.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../src/http-app';
import type { AuthSettings } from '../src/auth/settings';
import { fakeDb } from './support/fake-db';

const deploy = (file: string) => readFileSync(new URL(`../../deploy/${file}`, import.meta.url), 'utf8');

function nginxHeaders(): Map<string, string> {
  const csp = /set \$csp "([^"]+)";/.exec(deploy('nginx.conf'))?.[1] ?? '';
  const headers = new Map<string, string>();
  for (const [, name = '', value = ''] of deploy('security-headers.conf').matchAll(
    /^add_header (\S+) (.+) always;$/gm,
  ))
    headers.set(name.toLowerCase(), value === '$csp' ? csp : value.replace(/^"|"$/g, ''));
  return headers;
}

const directives = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => [d.split(/\s+/)[0] ?? '', d.split(/\s+/).slice(1).join(' ')] as const),
  );

const auth: AuthSettings = {
  issuer: 'https://login.example.org/realms/antt',
  audience: 'urn:antt:api',
  areaClaim: 'area',
  rolesClaim: 'roles',
  clientId: 'antt-dashboard',
  scope: null,
};

describe('security headers', () => {
  const expected = nginxHeaders();

  it('reads at least the headers the README promises from the nginx files', () => {
    expect([...expected.keys()]).toEqual(
      expect.arrayContaining([
        'content-security-policy',
        'x-content-type-options',
        'referrer-policy',
        'permissions-policy',
        'strict-transport-security',
      ]),
    );
  });

  for (const [label, settings, connect] of [
    ['without sign-in', null, "'self'"],
    ['with sign-in', auth, "'self' https://login.example.org"],
  ] as const) {
    it(`equal the nginx file's on every answer, ${label}; connect-src names ${connect}`, async () => {
      const app = await buildApp({ db: fakeDb(), auth: settings });
      for (const url of ['/config.json', '/healthz', '/api/v1/none']) {
        const res = await app.inject({ url });
        for (const [name, value] of expected) {
          if (name !== 'content-security-policy') {
            expect(res.headers[name], `${url} ${name}`).toBe(value);
            continue;
          }
          const sent = directives(String(res.headers[name]));
          const want = directives(value);
          want.set('connect-src', connect);
          expect(sent, url).toEqual(want);
        }
      }
    });
  }
});
