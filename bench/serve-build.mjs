// The build as a production host serves it: gzip (or brotli) compression, hashed assets cached for
// a year, index.html for every client route, the deployment's CSP. `node bench/serve-build.mjs
// <port> [dist] [api origin]`; used by `npm run bench` to measure what a phone downloads.
//
// With an API origin (the reference server), /api/ is proxied to it and compressed, as nginx in
// front of it would, and config.json names that API: the deployment of a province. Without one,
// the build's own config.json (the demo) is served.
import { createServer } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const port = Number(process.argv[2] ?? 4500);
const dist = process.argv[3] ?? 'dist';
const api = process.argv[4];
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";
const cache = new Map();

function file(path) {
  const full = normalize(join(dist, path));
  if (!full.startsWith(normalize(dist))) return null;
  try {
    if (!statSync(full).isFile()) return null;
  } catch {
    return null;
  }
  let entry = cache.get(full);
  if (!entry) {
    const raw = readFileSync(full);
    const type = TYPES[extname(full)] ?? 'application/octet-stream';
    const text = /^(text|application\/(json|manifest)|image\/svg)/.test(type);
    entry = {
      type,
      raw,
      br: text ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }) : null,
      gzip: text ? gzipSync(raw, { level: 9 }) : null,
    };
    cache.set(full, entry);
  }
  return entry;
}

function compressed(req, headers, raw) {
  const accept = String(req.headers['accept-encoding'] ?? '');
  if (/\bbr\b/.test(accept)) return [brotliCompressSync(raw), { ...headers, 'content-encoding': 'br' }];
  if (/\bgzip\b/.test(accept)) return [gzipSync(raw), { ...headers, 'content-encoding': 'gzip' }];
  return [raw, headers];
}

async function proxy(req, res) {
  const upstream = await fetch(new URL(req.url ?? '/', api), {
    method: req.method,
    headers: { accept: String(req.headers.accept ?? '*/*') },
  });
  const headers = {
    'content-type': upstream.headers.get('content-type') ?? 'application/json',
    vary: 'accept-encoding',
  };
  const [body, h] = compressed(req, headers, Buffer.from(await upstream.arrayBuffer()));
  res.writeHead(upstream.status, { ...h, 'content-length': body.length }).end(body);
}

createServer((req, res) => {
  const path = decodeURIComponent((req.url ?? '/').split('?')[0]);
  if (api && path.startsWith('/api/')) {
    proxy(req, res).catch(() => res.writeHead(502).end());
    return;
  }
  if (api && path === '/config.json') {
    const [body, h] = compressed(
      req,
      { 'content-type': TYPES['.json'], 'cache-control': 'no-cache' },
      Buffer.from(JSON.stringify({ apiBaseUrl: '/api/v1' })),
    );
    res.writeHead(200, { ...h, 'content-length': body.length }).end(body);
    return;
  }
  let entry = file(path === '/' ? '/index.html' : path);
  let name = path;
  if (!entry && !path.startsWith('/assets/') && path !== '/config.json') {
    entry = file('/index.html');
    name = '/index.html';
  }
  if (!entry) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  const accept = String(req.headers['accept-encoding'] ?? '');
  const headers = {
    'content-type': entry.type,
    'cache-control': name.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    'content-security-policy': CSP,
    vary: 'accept-encoding',
  };
  let body = entry.raw;
  if (entry.br && /\bbr\b/.test(accept)) [body, headers['content-encoding']] = [entry.br, 'br'];
  else if (entry.gzip && /\bgzip\b/.test(accept)) [body, headers['content-encoding']] = [entry.gzip, 'gzip'];
  headers['content-length'] = body.length;
  res.writeHead(200, headers).end(req.method === 'HEAD' ? undefined : body);
}).listen(port, '127.0.0.1', () => console.log(`serving ${dist} on http://127.0.0.1:${port}`));
