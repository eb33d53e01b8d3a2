// The JavaScript each view loads before its first figures, read from the build manifest (gzip
// bytes and script requests), checked against the budgets of issue 11. A budget exceeded fails
// `npm run build`: the numbers are deterministic, unlike timings, so they can gate.
//
// `node scripts/bundle-size.mjs` after `vite build`; BUNDLE_DIST=other measures another build.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** A phone on a mobile network: what the Overview may load before its first figures. */
export const BUDGETS = {
  api: { gzipKiB: 185, scripts: 8 },
  mock: { gzipKiB: 300, scripts: 8 },
};

const dist = process.env.BUNDLE_DIST ?? 'dist';
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));

/** The chunk of `key` and every chunk it imports statically: what loads before it runs. */
function closure(keys) {
  const files = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`bundle-size: ${key} is not in the build manifest`);
    if (files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const dep of chunk.imports ?? []) visit(dep);
  };
  keys.forEach(visit);
  return files;
}

const gzipBytes = new Map();
function gzipKiBOf(files) {
  let sum = 0;
  for (const f of files) {
    if (!gzipBytes.has(f)) gzipBytes.set(f, gzipSync(readFileSync(join(dist, f)), { level: 9 }).length);
    sum += gzipBytes.get(f);
  }
  return Number((sum / 1024).toFixed(1));
}

/**
 * The embedded mock's code: its entry chunk and, when it runs in a Web Worker, the worker's
 * script (a separate asset the manifest lists under the mock's module).
 */
function mockFiles() {
  const key = Object.keys(manifest).find((k) => /^mocks\/(browser|start)\.ts$/.test(k));
  if (!key) return new Set();
  const files = closure([key]);
  for (const asset of manifest[key].assets ?? []) if (asset.endsWith('.js')) files.add(asset);
  for (const [k, chunk] of Object.entries(manifest))
    if (k.startsWith('mocks/') && /worker/.test(k) && chunk.file.endsWith('.js')) files.add(chunk.file);
  return files;
}

const entry = closure(['index.html']);
const withMock = new Set([...entry, ...mockFiles()]);
const views = Object.fromEntries(
  Object.keys(manifest)
    .filter((k) => /^src\/features\/[^/]+\/[^/]+-page\.tsx$/.test(k))
    .map((k) => {
      const files = closure(['index.html', k]);
      return [k.split('/')[2], { gzipKiB: gzipKiBOf(files), scripts: files.size }];
    }),
);

const result = {
  budgets: BUDGETS,
  overview: {
    api: { gzipKiB: gzipKiBOf(entry), scripts: entry.size },
    mock: { gzipKiB: gzipKiBOf(withMock), scripts: withMock.size },
  },
  // Every other view opened straight from a link: the first bundle and its page.
  views,
};
writeFileSync(join(dist, 'bundle-size.json'), JSON.stringify(result, null, 2) + '\n');

const over = [];
console.log('JavaScript before the first figures (gzip, script requests):');
for (const mode of ['api', 'mock']) {
  const got = result.overview[mode];
  const budget = BUDGETS[mode];
  const label = mode === 'api' ? 'Overview, API configured' : 'Overview, embedded mock ';
  console.log(
    `  ${label}  ${got.gzipKiB} KiB of ${budget.gzipKiB}, ${got.scripts} of ${budget.scripts} scripts`,
  );
  if (got.gzipKiB > budget.gzipKiB) over.push(`${label.trim()}: ${got.gzipKiB} KiB > ${budget.gzipKiB} KiB`);
  if (got.scripts > budget.scripts)
    over.push(`${label.trim()}: ${got.scripts} script requests > ${budget.scripts}`);
}
for (const [view, v] of Object.entries(views))
  console.log(`  ${view.padEnd(26)}${v.gzipKiB} KiB, ${v.scripts} scripts`);
if (!existsSync(join(dist, 'index.html'))) over.push('no index.html in the build');
if (over.length > 0) {
  console.error(`\nbundle budget exceeded (issue 11):\n  ${over.join('\n  ')}`);
  process.exit(1);
}
