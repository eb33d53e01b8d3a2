// The e2e tests need a Chromium. Debian's /usr/bin/chromium when present (Playwright cannot download
// browsers on our machines); else install it with apt when we are root; else Playwright's own.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const run = (cmd) => execSync(cmd, { stdio: 'inherit' });

if (existsSync(SYSTEM_CHROMIUM)) process.exit(0);
if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  console.log('Installing Debian chromium for the e2e tests…');
  run('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium');
  if (existsSync(SYSTEM_CHROMIUM)) process.exit(0);
}
console.log('Installing Playwright’s Chromium…');
run('npx --yes playwright install chromium');
