// `npm start` builds the dashboard only when it must: dist/ missing, or older than any of the
// sources the Vite build reads.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = [
  'src',
  'public',
  'mocks',
  'index.html',
  'vite.config.ts',
  'tsconfig.app.json',
  'package.json',
];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Why the build in `dist` is out of date, or null when it is current. */
export function staleReason(root: string, dist: string): string | null {
  const index = join(dist, 'index.html');
  if (!existsSync(index)) return `${index} does not exist`;
  const built = statSync(index).mtimeMs;
  const changed = SOURCES.find((source) => newestMtime(join(root, source)) > built);
  return changed ? `${changed} changed after the last build` : null;
}

/** Runs `npm run build` in `root` when the build is stale; throws when the build fails. */
export function ensureBuild(root: string, dist: string, log: (message: string) => void): void {
  const reason = staleReason(root, dist);
  if (!reason) return;
  log(`building the dashboard (${reason}): npm run build`);
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npm run build failed (exit ${result.status ?? result.signal})`);
}
