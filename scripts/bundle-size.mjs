// Measures the gzip size of the JavaScript the Overview loads, with and without the embedded mock,
// from the build manifest: the entry and the Overview's lazy chunks with their static imports. The
// mock is the page's side (mocks/browser.ts) plus its Web Worker, which the manifest lists among
// that chunk's assets.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

// Overridable so that a side build (`vite build --outDir other`) can be measured too.
const dist = process.env.BUNDLE_DIST ?? 'dist';
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));

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

const gzipKiB = (files) =>
  [...files].reduce((sum, f) => sum + gzipSync(readFileSync(join(dist, f)), { level: 9 }).length, 0) / 1024;

const overviewKeys = [
  'index.html',
  'src/features/overview/overview-page.tsx',
  'src/features/overview/incidents-chart.tsx',
];
const overview = closure(overviewKeys);
const mockPage = closure(['mocks/browser.ts']);
const mockWorker = (manifest['mocks/browser.ts'].assets ?? []).filter((f) => /worker-[^/]*\.js$/.test(f));
if (mockWorker.length !== 1)
  throw new Error('bundle-size: the mock worker is not among mocks/browser.ts assets');
const withMock = new Set([...overview, ...mockPage, ...mockWorker]);
const entryOnly = closure(['index.html']);

const result = {
  entryGzipKiB: Number(gzipKiB(entryOnly).toFixed(1)),
  overviewGzipKiB: Number(gzipKiB(overview).toFixed(1)),
  overviewWithMockGzipKiB: Number(gzipKiB(withMock).toFixed(1)),
  mockPageGzipKiB: Number(gzipKiB(mockPage).toFixed(1)),
  mockWorkerGzipKiB: Number(gzipKiB(mockWorker).toFixed(1)),
};
writeFileSync(join(dist, 'bundle-size.json'), JSON.stringify(result, null, 2) + '\n');
console.log('JavaScript the Overview loads (gzip):');
console.log(`  first bundle (entry)        ${result.entryGzipKiB} KiB`);
console.log(`  Overview, API configured    ${result.overviewGzipKiB} KiB`);
console.log(`  Overview, embedded mock     ${result.overviewWithMockGzipKiB} KiB`);
console.log(
  `    of which the mock: page   ${result.mockPageGzipKiB} KiB, worker ${result.mockWorkerGzipKiB} KiB`,
);
