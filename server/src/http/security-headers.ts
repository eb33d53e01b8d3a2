// The security headers and Content-Security-Policy of deploy/security-headers.conf and
// deploy/nginx.conf, read from those files at start: the example nginx deployment and this server
// send the same set, and a test holds them equal. Only `connect-src` differs: the files name
// example origins, the server names itself and (with sign-in) its OpenID Connect provider.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';

const DEPLOY = fileURLToPath(new URL('../../../deploy/', import.meta.url));

export interface DeployedHeaders {
  /** Header name (as written in the file) → value; the CSP is the file's `$csp`. */
  headers: Record<string, string>;
}

/** `set $csp "…";` of nginx.conf. */
export function nginxPolicy(nginxConf: string): string {
  const policy = /set \$csp "([^"]+)";/.exec(nginxConf)?.[1];
  if (!policy) throw new Error('deploy/nginx.conf sets no $csp');
  return policy;
}

/** `add_header Name "value" always;` lines of security-headers.conf, `$csp` resolved. */
export function parseHeaderConf(conf: string, csp: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of conf.split('\n')) {
    const match = /^\s*add_header\s+([\w-]+)\s+("([^"]*)"|\$csp)\s+always;/.exec(line);
    if (!match?.[1]) continue;
    headers[match[1]] = match[2] === '$csp' ? csp : (match[3] ?? '');
  }
  if (Object.keys(headers).length === 0) throw new Error('deploy/security-headers.conf adds no header');
  return headers;
}

export function readDeployedHeaders(dir = DEPLOY): Record<string, string> {
  const csp = nginxPolicy(readFileSync(`${dir}nginx.conf`, 'utf8'));
  return parseHeaderConf(readFileSync(`${dir}security-headers.conf`, 'utf8'), csp);
}

/** The policy with its connect-src replaced by `'self'` and the given origins. */
export function withConnectSrc(policy: string, origins: readonly string[]): string {
  const value = ["'self'", ...origins].join(' ');
  return policy
    .split(';')
    .map((d) => d.trim())
    .filter((d) => d.length > 0)
    .map((d) => (d.split(/\s+/)[0] === 'connect-src' ? `connect-src ${value}` : d))
    .join('; ');
}

/** The headers this server sends: the deployed set, connect-src naming `connectOrigins`. */
export function serverSecurityHeaders(connectOrigins: readonly string[]): Record<string, string> {
  const headers = readDeployedHeaders();
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers))
    out[name.toLowerCase()] =
      name.toLowerCase() === 'content-security-policy' ? withConnectSrc(value, connectOrigins) : value;
  return out;
}

/** Every answer (dashboard, config.json, API, errors) carries them, as nginx's `always` does. */
export function installSecurityHeaders(app: FastifyInstance, connectOrigins: readonly string[]): void {
  const headers = serverSecurityHeaders(connectOrigins);
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.headers(headers);
    return payload;
  });
}
