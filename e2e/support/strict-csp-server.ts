// The production build served as deploy/nginx.conf serves it: under its Content-Security-Policy
// (read from that file, so the example and the test cannot drift apart) with a report-uri back to
// this server, which collects every violation the browser reports. SPA fallback to index.html for
// views, but not for config.json.
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
};

/** The policy of deploy/nginx.conf's `set $csp "…";`. */
export async function deployedPolicy(): Promise<string> {
  const conf = await readFile(resolve('deploy/nginx.conf'), 'utf8');
  const policy = /set \$csp "([^"]+)";/.exec(conf)?.[1];
  if (!policy) throw new Error('deploy/nginx.conf sets no $csp');
  return policy;
}

export interface StrictCspServer {
  url: string;
  policy: string;
  /** The violation reports the browser posted, as it sent them. */
  reports: unknown[];
  close(): Promise<void>;
}

function body(req: IncomingMessage): Promise<string> {
  return new Promise((done, fail) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (text += chunk));
    req.on('end', () => done(text));
    req.on('error', fail);
  });
}

export async function startStrictCspServer(dist = process.env.E2E_DIST ?? 'dist'): Promise<StrictCspServer> {
  const root = resolve(dist);
  const policy = `${await deployedPolicy()}; report-uri /csp-report`;
  const reports: unknown[] = [];
  const server = createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      if (req.method === 'POST' && path === '/csp-report') {
        const text = await body(req);
        try {
          reports.push(JSON.parse(text));
        } catch {
          reports.push(text);
        }
        res.writeHead(204).end();
        return;
      }
      const headers = {
        'Content-Security-Policy': policy,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-cache',
      };
      const file = normalize(join(root, path));
      const inside = file.startsWith(root);
      const read = async (p: string) => (inside ? readFile(p).catch(() => null) : null);
      let served = path.endsWith('/') ? null : await read(file);
      let type = TYPES[extname(file)] ?? 'application/octet-stream';
      if (!served && path !== '/config.json' && !path.startsWith('/assets/')) {
        served = await read(join(root, 'index.html'));
        type = TYPES['.html'] ?? '';
      }
      if (!served) {
        res.writeHead(404, { ...headers, 'Content-Type': 'text/plain' }).end('Not found');
        return;
      }
      res.writeHead(200, { ...headers, 'Content-Type': type }).end(served);
    })();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    policy,
    reports,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
