import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';

/*
 * A deployment can build the app with no mock in it at all (README, "Connecting a real API"): then
 * no emitted file may hold MSW or the mock: neither its Web Worker nor the page's side of it.
 */

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = mkdtempSync(join(tmpdir(), 'antt-no-demo-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

// Strings only the mock's code holds: MSW's log prefix, the scenario's storage key (the page's side
// and the worker read it), the mock API's injected failure.
const MOCK_MARKERS = [/\[MSW\]/, /antt\.mock/, /Injected failure/];

describe('VITE_DEMO=off npm run build', () => {
  it('emits no chunk of the mock or MSW', { timeout: 180_000 }, async () => {
    const before = process.env.VITE_DEMO;
    process.env.VITE_DEMO = 'off';
    try {
      await build({ root, logLevel: 'silent', build: { outDir, emptyOutDir: true } });
    } finally {
      if (before === undefined) delete process.env.VITE_DEMO;
      else process.env.VITE_DEMO = before;
    }
    const emitted = files(outDir).map((file) => file.slice(outDir.length + 1));
    expect(emitted).toContain('index.html');
    expect(emitted.some((file) => file.startsWith('assets/') && file.endsWith('.js'))).toBe(true);
    const withMock = emitted.filter((file) => {
      if (!/\.(js|html|json)$/.test(file)) return false;
      const text = readFileSync(join(outDir, file), 'utf8');
      return MOCK_MARKERS.some((marker) => marker.test(text));
    });
    expect(withMock).toEqual([]);
  });
});
