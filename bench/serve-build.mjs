// The build as a production host serves it: gzip (or brotli) compression, hashed assets cached for
// a year, index.html for every client route, the deployment's CSP. `node bench/serve-build.mjs
// <port> [dist]`; used by `npm run bench` to measure what a phone downloads.
import { createServer } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const port = Number(process.argv[2] ?? 4500);
const dist = process.argv[3] ?? 'dist';
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

createServer((req, res) => {
  const path = decodeURIComponent((req.url ?? '/').split('?')[0]);
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
